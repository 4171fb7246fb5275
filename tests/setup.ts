// Component tests opt into jsdom per file with `// @vitest-environment jsdom`.
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/react';

// findBy*/waitFor give a slow, busy machine the time a person's click takes to show: the
// default second is a timing assumption, not a behaviour. A missing result still fails.
configure({ asyncUtilTimeout: 5000 });
