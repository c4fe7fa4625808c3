/**
 * What the API itself answers; every other path belongs to the console. An unknown path under
 * `/api` must stay a problem+json 404, never the console's page.
 */
const API_OWNED = /^\/(?:api|docs|docs-json|health|metrics|admin\/queues)(?:\/|$)/;

export const isApiPath = (path: string): boolean => API_OWNED.test(path);

/** `/hazards/42` is a console route; `/assets/missing.js` is a missing file, not a page. */
export const looksLikeFile = (path: string): boolean => /\.[^/]*$/.test(path);
