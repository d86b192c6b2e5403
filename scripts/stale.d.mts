export function isStale(root: string, output: string, sources: string[]): boolean;
