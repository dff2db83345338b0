/** Turns the browser mock's worker off and on (development only; null otherwise). */
export interface MockSwitch {
  pause(): void;
  resume(): Promise<void>;
}

let current: MockSwitch | null = null;

export function setMockSwitch(mock: MockSwitch | null): void {
  current = mock;
}

export function mockSwitch(): MockSwitch | null {
  return current;
}
