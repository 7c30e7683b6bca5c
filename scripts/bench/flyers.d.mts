/** The texts of `count` generated flyers, the same for the same count (see flyers.mjs). */
export function flyers(count: number): string[];
