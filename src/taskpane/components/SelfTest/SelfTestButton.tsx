/** The entry to the self-test: a button in the pane's header; the dialog loads on demand. */
import { lazy, Suspense, useState, type ReactElement } from 'react';
import { Button } from '@fluentui/react-components';
import { ClipboardTaskListLtrRegular } from '@fluentui/react-icons';
import type { SelfTestReport } from '../../../word/selfTest';

const SelfTestDialog = lazy(() => import('./SelfTestDialog').then((m) => ({ default: m.SelfTestDialog })));

export function SelfTestButton({
  run,
  disabled,
}: {
  run: () => Promise<SelfTestReport>;
  disabled?: boolean;
}): ReactElement {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        appearance="subtle"
        icon={<ClipboardTaskListLtrRegular />}
        aria-label="Check this Word"
        title="Check this Word"
        disabled={disabled}
        onClick={() => setOpen(true)}
      />
      {open && (
        <Suspense fallback={null}>
          <SelfTestDialog run={run} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
