export interface ProductSize {
  name: string;
  firstLoadBytes: number;
  laterBytes: number;
}

export function buildReport(): Promise<{ problems: string[]; sizes: ProductSize[] }>;
export function printSizes(sizes: ProductSize[]): void;
