import { createRoot } from 'react-dom/client';
import { App } from '../../components/App';
import { KeelDatabase, requestPersistentStorage } from '../../lib/db';
import { createBrowserPanelEnv } from '../../lib/panel/browser-env';

const db = new KeelDatabase();
void requestPersistentStorage(navigator.storage);
createRoot(document.getElementById('root')!).render(<App env={createBrowserPanelEnv(db, location.search)} />);
