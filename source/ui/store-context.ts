import { createContext, useContext, useSyncExternalStore } from 'react';
import type { AppState } from '../state/app-state.js';
import type { Derive } from '../state/derive.js';
import type { Store } from '../state/store.js';
import type { UiState } from '../state/ui-state.js';

/** The app's one store, for every component below the root to read. */
export const StoreContext = createContext<Store | undefined>(undefined);

export function useStore(): Store {
  const store = useContext(StoreContext);
  if (!store) throw new Error('a component of the app was rendered outside its store');
  return store;
}

/** The whole state; the component renders again when it changes. */
export function useAppState(): AppState {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, store.getState);
}

/** The open guide's state, for the components that draw it. */
export function useUiState(): UiState {
  const guide = useAppState().guide;
  if (!guide) throw new Error('a guide component was rendered with no guide open');
  return guide;
}

/** The store's memoised derived data (lists, layout, progress), the same the reducer read. */
export function useDerive(): Derive {
  return useStore().derive;
}
