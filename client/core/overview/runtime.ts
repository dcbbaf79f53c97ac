/** The overview's renderer while it is shown; the camera's moves and the tests reach it here. */
import type Sigma from 'sigma';

export const overviewRuntime: { sigma: Sigma | null } = { sigma: null };
