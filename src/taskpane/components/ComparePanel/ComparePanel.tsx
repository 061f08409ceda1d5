/**
 * "Compare with another language version…": opens one or more .docx files from disk with a file input (in Word
 * on the web and on the desktop alike; the files are read in the pane, nothing leaves the machine) and lists the
 * structural differences with the open document in the Checks style. A finding's place in the open document is
 * selected by clicking it; its place in the other file is named.
 */
import { useRef, useState, type ReactElement } from 'react';
import { Button, CounterBadge, Text } from '@fluentui/react-components';
import { DocumentCopyRegular } from '@fluentui/react-icons';
import { NOT_COMPARED } from '../../../engine/compare';
import type { Location } from '../../../engine/model';
import { OPEN_DOCUMENT, type VersionComparison } from '../../service';
import { useTaskpane } from '../TaskpaneApp/TaskpaneContext';
import { useComparePanelStyles } from './useComparePanelStyles';

/** "paragraph 12", "annex table, row 4", "footnote 2", "page header". */
export function placeName(location: Location | null): string {
  if (!location) return 'nowhere';
  switch (location.kind) {
    case 'paragraph':
      return `paragraph ${location.paragraph + 1}`;
    case 'cell':
      return `table ${location.table + 1}, row ${location.row + 1}`;
    case 'footnote':
      return `footnote ${location.footnote}`;
    case 'header':
      return 'page header';
  }
}

export function ComparePanel(): ReactElement {
  const { document, service, run, busy } = useTaskpane();
  const styles = useComparePanelStyles();
  const input = useRef<HTMLInputElement>(null);
  const [results, setResults] = useState<VersionComparison[] | null>(null);

  const compare = async (list: FileList | null) => {
    if (!document || !list || list.length === 0) return;
    const files = await Promise.all(
      [...list].map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
    );
    const compared = await run('Comparing the language versions', () => service.compareWithFiles(document, files));
    if (compared) setResults(compared);
    if (input.current) input.current.value = '';
  };
  const select = (location: Location) =>
    void run('Selecting the text in the document', () => service.selectLocation(location));

  return (
    <section className={styles.root} aria-label="Language versions">
      <Button
        icon={<DocumentCopyRegular />}
        disabled={busy !== null || !document}
        onClick={() => input.current?.click()}
      >
        Compare with another language version…
      </Button>
      <input
        ref={input}
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        multiple
        className={styles.hidden}
        aria-label="Language versions to compare"
        onChange={(event) => void compare(event.target.files)}
      />
      {results && (
        <Text size={200} className={styles.note}>
          {NOT_COMPARED}
        </Text>
      )}
      {results?.map((result) => (
        <section key={result.file} aria-label={`${result.file}: ${result.error ? 'not read' : result.findings.length}`}>
          <h3 className={styles.heading}>
            {result.file}{' '}
            <CounterBadge count={result.findings.length} showZero color="informative" appearance="ghost" />
          </h3>
          {result.error && <Text role="alert">{result.error}</Text>}
          {!result.error && result.findings.length === 0 && <Text>No structural difference.</Text>}
          <ul className={styles.findings}>
            {result.findings.map((finding, i) => {
              const here = finding.locations.find((l) => l.file === OPEN_DOCUMENT);
              const there = finding.locations.filter((l) => l.file !== OPEN_DOCUMENT);
              return (
                <li key={i} className={styles.finding}>
                  <span className={styles.rule}>{finding.rule}</span>
                  {here?.location ? (
                    <Button
                      appearance="subtle"
                      className={styles.findingButton}
                      disabled={busy !== null}
                      onClick={() => here.location && select(here.location)}
                      title="Select in the document"
                    >
                      {finding.message}
                    </Button>
                  ) : (
                    <Text>{finding.message}</Text>
                  )}
                  {there.map((place, j) => (
                    <span key={j} className={styles.elsewhere}>
                      {place.file}, {placeName(place.location)}
                      {place.excerpt && `: “${place.excerpt}”`}
                    </span>
                  ))}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
