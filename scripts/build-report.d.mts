export interface ProductSize {
  name: string;
  firstLoadBytes: number;
  laterBytes: number;
  /** Its first load's budget (gzip), or null: a build made only to compare. */
  budgetBytes: number | null;
}

export const BUDGETS: { standalone: number; iframe: number; react: number; element: number };

export function buildReport(): Promise<{ problems: string[]; sizes: ProductSize[] }>;
export function printSizes(sizes: ProductSize[]): void;
export function overBudget(sizes: ProductSize[]): string[];
