import { managedByLabel, usePanel } from '../PanelContext';

/**
 * What the organisation's policy does to Settings: that some values are managed and
 * locked, or that the policy could not be applied at all and why (one line per problem,
 * naming the field, so whoever wrote the policy can fix it).
 */
export function ManagedNotice() {
  const { managed, t } = usePanel();
  if (managed.kind === 'none') return null;
  if (managed.kind === 'applied') {
    return (
      <p role="status" className="notice managed-notice">
        {t('managed.notice', { by: managedByLabel(managed.managed.managedBy, t) })}
      </p>
    );
  }
  return (
    <div role="alert" className="errors managed-invalid">
      <p>{t('managed.invalid')}</p>
      <ul>
        {managed.errors.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      <p className="hint">{t('managed.invalidHelp')}</p>
    </div>
  );
}
