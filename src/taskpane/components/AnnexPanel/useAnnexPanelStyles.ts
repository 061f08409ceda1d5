import { makeStyles, tokens } from '@fluentui/react-components';

export const useAnnexPanelStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  day: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  dayHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  slotHeading: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  rows: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  row: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    overflowWrap: 'anywhere',
  },
  item: {
    minWidth: '3em',
    color: tokens.colorNeutralForeground2,
  },
  continued: {
    fontStyle: 'italic',
  },
  muted: {
    color: tokens.colorNeutralForeground2,
  },
});
