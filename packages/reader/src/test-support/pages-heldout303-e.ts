import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout303-kit.js';

/**
 * Held-out batch 303, file e: a Microsoft Teams meeting recap page with its transcript (Microsoft 365 suite bar, recap
 * header with meeting date and organizer, video player, Recap / Transcript / Notes / Chapters tabs, transcript entries with
 * speaker names and timestamps, the AI notice and download control) and an Evernote shared note (a short checklist note
 * with the Evernote header, note attributes, tags, "Save to Evernote" and sign-up prompts, cookie banner and footer).
 */
const tTitle = 'Wildflower Verge Project: March check-in';
const tLines: [string, string, string][] = [
  ['Delphine Okoro', '0:04', 'Thanks for joining, everyone. The main thing today is whether we are ready to sow the verges on Cobbler’s Hill next month.'],
  [
    'Rhys Mwangi',
    '0:19',
    j(
      'The council has confirmed we can go ahead on the two northern verges. They will stop mowing them from the first of April,',
      'but they want a sign at each end so the contractors know not to cut.',
    ),
  ],
  ['Delphine Okoro', '0:41', 'That is good news. Have we got a quote for the signs yet?'],
  [
    'Marguerite Hale',
    '0:48',
    j(
      'Two quotes. The cheaper one is forty pounds a sign in aluminium, the other is sixty-five but includes posts. I think we should',
      'take the sixty-five, because fitting our own posts into that verge will be miserable, it is half chalk.',
    ),
  ],
  ['Rhys Mwangi', '1:16', 'Agreed. And the seed mix, did the supplier have the native chalk grassland mix in stock?'],
  [
    'Marguerite Hale',
    '1:24',
    j(
      'They did, but only in ten kilo bags. At the sowing rate we talked about, five grams a square metre, ten kilos covers about',
      'two thousand square metres, which is more than both verges together. We could offer the rest to the primary school.',
    ),
  ],
  [
    'Delphine Okoro',
    '1:58',
    j(
      'I like that. Let us say the school gets whatever is left. Actions then: Marguerite orders the signs and the seed this week,',
      'Rhys sends the council the sign design, and I will set up the volunteer sign-up for the sowing day on the 18th.',
    ),
  ],
  ['Rhys Mwangi', '2:31', 'Sounds right. I will also ask whether they can lend us the scarifier again to rough up the surface before we sow.'],
  [
    'Marguerite Hale',
    '2:44',
    j(
      'One more thing before we finish. A resident on Orchard Close emailed to ask whether the verges will look untidy. Could we',
      'put a short note in the parish magazine explaining that the long grass is deliberate and showing what it should look like by July?',
    ),
  ],
  ['Delphine Okoro', '3:02', 'Good idea. I will draft it and send it round. Thanks, all. Same time next month.'],
];
const tSuite = ['Microsoft 365', 'Stream', 'Search'];
const tTabs = ['Recap', 'Transcript', 'Notes', 'Chapters', 'Mentions'];
const tEntry = ([who, ts, text]: [string, string, string], i: number): string => `<div role="listitem" class="ms-List-cell" data-list-index="${i}"
data-automationid="ListCell"><div class="baseEntry-221" id="entry-${i}"><div class="entryHeader-225"><span class="itemDisplayName-229">${who}</span>
<span class="baseTimestamp-231" aria-label="${ts} seconds">${ts}</span></div><div class="eventText-236">
<div id="sub-entry-${i}" class="entryText-238">${text}</div>
</div></div></div>`;
const tTab = (t: string, i: number): string =>
  `<button role="tab" aria-selected="${i === 1}" class="ms-Pivot-link"><span class="ms-Pivot-text">${t}</span></button>`;
const tHtml = `<!DOCTYPE html><html dir="ltr" lang="en-US"><head><meta charset="utf-8"><title>${tTitle} - Microsoft Stream</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow">
<link rel="stylesheet" href="https://res-1.cdn.office.example/files/sp-client/stream-web-app.css">
<script>var _spPageContextInfo={"webAbsoluteUrl":"https://verges-my.sharepoint.example/personal/delphine","isSPO":true,"userDisplayName":"Guest"};</script>
</head><body class="ms-Fabric"><div id="SuiteNavWrapper">
<div class="o365sx-navbar" role="banner">${tSuite.map((s) => `<span class="o365sx-appName">${s}</span>`).join('')}
</div></div><div id="root"><div class="recapHeader-12"><h1 class="meetingTitle-14">${tTitle}</h1>
<div class="meetingMeta-16"><span>Meeting date: Tuesday, March 10, 2026</span><span>Organizer: Delphine Okoro</span></div>
<div class="headerActions-18"><button>Share</button><button>Open in Teams</button></div></div>
<div class="videoPlayer-20" role="region" aria-label="Video player"><video src="blob:https://verges-my.sharepoint.example/9f1c"></video>
<span class="duration">3:21</span></div>
<div role="tablist" class="ms-Pivot">${tTabs.map(tTab).join('')}</div>
<div class="transcriptPane-40"><div class="transcriptHeader-42"><span>Speakers: 3</span><button>Download</button>
<input type="search" placeholder="Search transcript" aria-label="Search transcript"></div>
<div class="ms-FocusZone"><div class="ms-List" role="list">
${tLines.map(tEntry).join('\n')}
</div></div><div class="aiNotice-50">Transcripts are generated automatically and may contain errors.</div></div></div>
<footer class="streamFooter-60"><ul>${links(['Privacy & cookies', 'Terms of use', 'Accessibility'])}</ul><span>© Microsoft 2026</span></footer>
<script src="https://res-1.cdn.office.example/files/sp-client/stream-web-app.js"></script></body></html>`;
const teams: TestPage = {
  name: 'heldout303-teams-meeting-transcript-forum',
  kind: 'forum',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts(tLines.map((l) => l[2])),
  bylines: ['Meeting date: Tuesday, March 10, 2026', 'Organizer: Delphine Okoro', ...new Set(tLines.map((l) => l[0])), ...tLines.map((l) => l[1])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tSuite, 'Share', 'Open in Teams', '3:21', ...tTabs, 'Speakers: 3', 'Download',
    'Transcripts are generated automatically and may contain errors.', 'Privacy & cookies', 'Terms of use', 'Accessibility', '© Microsoft 2026',
  ],
};

const eTitle = 'Packing list: Glenmorrow bothy weekend';
const eBody = [
  j(
    'Shared with the group so nobody brings three stoves and no matches again. The bothy has a fireplace but no firewood is',
    'guaranteed, and the nearest shop is in Inverglas, forty minutes back down the track.',
  ),
  'Sleeping bag rated to at least minus five',
  'Sleeping mat; the platform is bare boards',
  'Head torch and spare batteries',
  'Stove, gas and a lighter, plus matches in a dry bag',
  'Bag of kindling and two bags of logs from the garage',
  'Trowel and toilet paper, as there is no toilet',
  'Map and compass; there is no phone signal past the forestry gate',
  j(
    'Food: Saoirse is doing Friday dinner, I will do both breakfasts, and everyone brings their own lunches and snacks.',
    'Please bring water purification tablets even though the burn is usually fine.',
  ),
  j('Remember the bothy code: leave it cleaner than you found it, carry out all rubbish, and if there are other walkers, make room.'),
];
const eHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>${eTitle} | Evernote</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${eTitle}">
<meta property="og:site_name" content="Evernote"><meta property="og:description" content="Shared with the group so nobody brings three stoves and no matches.">
<meta name="robots" content="noindex"><link rel="stylesheet" href="https://www.evernote.example/redesign/shared-note.css">
<script>window.__SHARED_NOTE__={"noteGuid":"c0d2f6e1-8a2b","shardId":"s712","isPublic":true};</script></head>
<body><div id="container" class="shared-note"><header class="en-header"><a href="https://evernote.example/" class="en-logo" aria-label="Evernote">Evernote</a>
<div class="en-header-actions"><a href="/Login.action" class="en-login">Log in</a><a href="/Registration.action" class="en-signup">Sign up for free</a>
</div></header>
<div class="note-shared-by">Shared by Fergus Lindqvist</div>
<div class="note-wrapper"><div class="note-title"><h1>${eTitle}</h1></div>
<div class="note-attr"><span class="note-date">Last updated Feb 19, 2026</span><span class="note-tags"><span class="tag">trips</span>
<span class="tag">scotland-2026</span></span></div>
<div class="note-actions"><a href="/SaveShared" class="en-save">Save to Evernote</a><a href="#" class="en-copy-link">Copy link</a></div>
<div id="note-content" class="note-content"><en-note class="peso" style="word-wrap: break-word;">
<div>${eBody[0]}</div><div><br/></div>
<ul>${eBody
  .slice(1, 8)
  .map((t, i) => `<li><div><en-todo checked="${i < 3 ? 'true' : 'false'}"/>${t}</div></li>`)
  .join('\n')}</ul><div><br/></div>
<div>${eBody[8]}</div><div><br/></div><div>${eBody[9]}</div></en-note></div></div>
<div class="en-promo"><h2>Remember everything.</h2><p>Capture notes, lists and ideas, and find them anywhere.</p>
<a href="/Registration.action">Try Evernote</a></div>
<footer class="en-footer"><ul>${links(['Terms of Service', 'Privacy Policy', 'Cookie Preferences'])}</ul>
<p>© 2026 Evernote Corporation. All rights reserved.</p>
</footer></div><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies to make Evernote work and
to improve it.</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div>
</body></html>`;
const evernote: TestPage = {
  name: 'heldout303-evernote-shared-note-blog',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: [],
  body: texts(eBody),
  bylines: ['Shared by Fergus Lindqvist', 'Last updated Feb 19, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Evernote', 'Log in', 'Sign up for free', 'trips', 'scotland-2026', 'Save to Evernote', 'Copy link', 'Remember everything.',
    'Capture notes, lists and ideas, and find them anywhere.', 'Try Evernote', 'Terms of Service', 'Privacy Policy', 'Cookie Preferences',
    '© 2026 Evernote Corporation. All rights reserved.', 'We use cookies to make Evernote work and to improve it.', 'Accept All Cookies', 'Cookie Settings',
  ],
};

export const HELDOUT303_E: readonly TestPage[] = [teams, evernote];
