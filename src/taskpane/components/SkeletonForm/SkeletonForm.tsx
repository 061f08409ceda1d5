/**
 * For a document that is not an agenda: says so, and offers to append a blank annotated provisional agenda
 * (masthead, items, annotations, annex) for the body, venue and meeting days the user types.
 */
import type { ReactElement } from 'react';
import { Button, Field, Input, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { AddRegular, DeleteRegular, DocumentAddRegular } from '@fluentui/react-icons';
import { useSkeletonForm } from './useSkeletonForm';
import { useSkeletonFormStyles } from './useSkeletonFormStyles';

export function SkeletonForm(): ReactElement {
  const form = useSkeletonForm();
  const styles = useSkeletonFormStyles();
  return (
    <section className={styles.root} aria-labelledby="skeleton-heading">
      <h2 id="skeleton-heading" className={styles.heading}>
        This document is not an agenda yet
      </h2>
      <Text>
        Agenda Desk found no provisional agenda here: no numbered list of agenda items. It can add a blank annotated
        provisional agenda at the end of the document, with the UN masthead, the three items every session has, their
        annotations and, on a new page, the annex with the organization of work.
      </Text>
      <form className={styles.form} onSubmit={form.submit} aria-label="Blank agenda">
        <Field label="Meeting body" required hint="For example: Working Group on the Smuggling of Migrants">
          <Input value={form.body} onChange={(_event, data) => form.setBody(data.value)} />
        </Field>
        <Field
          label="Parent organ (optional)"
          hint="Above the body in the masthead, e.g. Conference of the Parties to the Convention"
        >
          <Input value={form.parentBody} onChange={(_event, data) => form.setParentBody(data.value)} />
        </Field>
        <Field label="Venue" required hint="For example: Vienna">
          <Input value={form.venue} onChange={(_event, data) => form.setVenue(data.value)} />
        </Field>
        <fieldset className={styles.dates}>
          <legend className={styles.legend}>Meeting days</legend>
          {form.dates.map((date, i) => (
            <div key={i} className={styles.dateRow}>
              <Input
                type="date"
                aria-label={`Meeting day ${i + 1}`}
                required={i === 0}
                value={date}
                onChange={(_event, data) => form.setDate(i, data.value)}
              />
              {form.dates.length > 1 && (
                <Button
                  appearance="subtle"
                  icon={<DeleteRegular />}
                  aria-label={`Remove meeting day ${i + 1}`}
                  onClick={() => form.removeDate(i)}
                />
              )}
            </div>
          ))}
          <div>
            <Button appearance="subtle" icon={<AddRegular />} onClick={form.addDate}>
              Add a day
            </Button>
          </div>
        </fieldset>
        <Field label="Document symbol (optional)" hint="For example: CTOC/COP/WG.7/2023/1">
          <Input value={form.symbol} onChange={(_event, data) => form.setSymbol(data.value)} />
        </Field>
        <Field label="Distribution">
          <RadioGroup
            layout="horizontal"
            value={form.distribution}
            onChange={(_event, data) => form.setDistribution(data.value === 'Limited' ? 'Limited' : 'General')}
          >
            <Radio value="General" label="General" />
            <Radio value="Limited" label="Limited" />
          </RadioGroup>
        </Field>
        <div className={styles.buttons}>
          <Button type="submit" appearance="primary" icon={<DocumentAddRegular />} disabled={form.busy}>
            Insert blank agenda
          </Button>
        </div>
      </form>
    </section>
  );
}
