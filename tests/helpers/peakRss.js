// Preloaded into a CLI child (`node --require peakRss.js …`): writes its peak resident set size in kB to the
// file named by AGENDA_DESK_PEAK_RSS when it exits, so tests and the bench can bound memory portably.
'use strict';
const file = process.env.AGENDA_DESK_PEAK_RSS;
if (file) process.on('exit', () => require('fs').writeFileSync(file, String(process.resourceUsage().maxRSS)));
