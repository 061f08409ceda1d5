import { makeStyles, tokens } from '@fluentui/react-components';

export const useSelfTestStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  fail: { color: tokens.colorPaletteRedForeground1 },
  observed: { color: tokens.colorNeutralForeground3 },
  report: { width: '100%', fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100 },
});
