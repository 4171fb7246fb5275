import { useEffect, useState } from 'react';
import { STORAGE_SUBJECTS, storageFullText, type StorageSubject } from '../lib/storage-care';
import { usePanel } from './PanelContext';

/** How often the panel asks the background whether a write found the storage full. */
const POLL_MS = 3000;

/**
 * Says, on every view, when the background could not store something because the browser's
 * storage for Keel is full (content scripts' mentions included, which no view asked for).
 * It goes away once a write goes through again.
 */
export function StorageAlert() {
  const { env, language } = usePanel();
  const [subject, setSubject] = useState<StorageSubject | null>(null);

  useEffect(() => {
    let alive = true;
    const poll = () =>
      void env.background({ type: 'storage/problem' }).then((reply) => {
        if (!alive || !reply.ok) return;
        const problem = reply.problem as { subject?: unknown } | null;
        const named = STORAGE_SUBJECTS.find((s) => s === problem?.subject);
        setSubject(named ?? null);
      });
    poll();
    const timer = setInterval(poll, POLL_MS);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [env]);

  if (!subject) return null;
  return (
    <p role="alert" className="warning storage-full">
      {storageFullText(subject, language)}
    </p>
  );
}
