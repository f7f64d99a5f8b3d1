import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Derive } from '../state/derive.js';
import type { Store } from '../state/store.js';
import type { UiState } from '../state/ui-state.js';

/** The app's one store, for every component below the app to read. */
export const StoreContext = createContext<Store | undefined>(undefined);

export function useStore(): Store {
  const store = useContext(StoreContext);
  if (!store) throw new Error('a component of the app was rendered outside its store');
  return store;
}

/** The current state; the component renders again when it changes. */
export function useUiState(): UiState {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, store.getState);
}

/** The store's memoised derived data (lists, layout, progress), the same the reducer read. */
export function useDerive(): Derive {
  return useStore().derive;
}
