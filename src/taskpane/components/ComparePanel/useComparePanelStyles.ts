import { makeStyles, tokens } from '@fluentui/react-components';

export const useComparePanelStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  note: { color: tokens.colorNeutralForeground2 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  findings: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  finding: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  findingButton: { justifyContent: 'flex-start', textAlign: 'start', height: 'auto', minWidth: 0 },
  rule: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  elsewhere: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    paddingInlineStart: tokens.spacingHorizontalM,
  },
  hidden: { display: 'none' },
});
