import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 38, file f2: a Kaggle competition discussion topic (a solution write-up) saved after the React app
 * rendered, logged out: the left navigation with Material Symbols ligature icons, the search box with "Sign In" and
 * "Register", the competition header and tabs, the topic with the author's avatar, rank in the competition, post age,
 * vote button and medal, the write-up in the markdown renderer (h2 sections, lists, a code block), the comment section
 * with its count, sort menu and sign-in notice, nested comments with "Topic Author" badges, ranks, votes and "Reply"
 * buttons, and the cookie banner; class names are the generated styled-components and MUI ones.
 */
const kgTitle = '3rd place solution: gradient boosting on weather residuals';
const kgH = ['Overview', 'Validation', 'Features', 'Models and ensembling', 'What did not work'];
const kgOverview = [
  'Thank you to the organisers for a well prepared dataset, and congratulations to the winners. Our final submission ' +
    'is a blend of three LightGBM models trained on the residual between observed load and a simple weather-driven ' +
    'baseline, rather than on the load itself.',
];
const kgValid = [
  'We used a rolling split with four folds, each validating on one full month that follows the training window. The ' +
    'public leaderboard covered only two weeks of spring, so we ignored it almost completely. Our CV and the private ' +
    'leaderboard agreed to within 0.4 percent.',
];
const kgFeat = [
  'Temperature from the day-ahead forecast, not the observed temperature, since only the forecast is known at prediction time.',
  'Heating and cooling degree hours, with a base of 15.5 and 22 degrees, summed over the previous 24 and 72 hours.',
  'Calendar features: hour, weekday, public holidays per region and a flag for the days between Christmas and New Year.',
  'The same hour one week earlier, as a lag, for regions where it was available at prediction time.',
];
const kgModels = [
  'The baseline is a linear model per region and hour on the degree hours. LightGBM then learns what the baseline misses. ' +
    'This helped most in the two mountain regions, where the load reacts strongly to cold snaps.',
  'The three models differ only in their seeds and in how many weeks of history they see. A plain average was as good as any weighting we tried.',
];
const kgCode = 'params = dict(objective="l1", learning_rate=0.03, num_leaves=127, min_data_in_leaf=200, feature_fraction=0.7)';
const kgNot = [
  'Neural networks on the raw series were about 6 percent worse on CV and much slower to train, and target encoding of ' +
    'the region identifier overfitted badly.',
];
interface KgComment {
  name: string;
  rank?: string;
  age: string;
  votes: string;
  author?: boolean;
  paras: string[];
  kids?: KgComment[];
}
const kgComments: KgComment[] = [
  {
    name: 'Tomás Ferreira',
    rank: '11th in this Competition',
    age: 'Posted 2 months ago',
    votes: '5',
    paras: ['Congratulations! Modelling the residual is a neat idea. Did you also try feeding the baseline prediction to LightGBM as a plain feature instead?'],
    kids: [
      {
        name: 'Amara Okonkwo',
        author: true,
        rank: '3rd in this Competition',
        age: 'Posted 2 months ago',
        votes: '4',
        paras: [
          'We did. It was close, about 0.2 percent worse on CV, and the trees kept splitting on the baseline instead of the ' +
            'weather features, which made the model harder to read.',
        ],
      },
    ],
  },
  {
    name: 'Yuki Sato',
    age: 'Posted 2 months ago',
    votes: '2',
    paras: ['Thanks for sharing. How did you handle the regions where the lag was not available at prediction time?'],
    kids: [
      {
        name: 'Amara Okonkwo',
        author: true,
        rank: '3rd in this Competition',
        age: 'Posted 2 months ago',
        votes: '3',
        paras: ['We left the lag as missing and let LightGBM route those rows. Filling it with the baseline made things slightly worse.'],
      },
    ],
  },
];
const icon = (name: string): string => `<i class="rmwc-icon rmwc-icon--ligature google-symbols sc-gEvEer kPvZxC" aria-hidden="true">${name}</i>`;
const kgComment = (
  c: KgComment,
  depth: number,
): string => `<div class="sc-fUnMCh kmXzuB" data-testid="discussions-comment" style="margin-left: ${depth * 48}px">
<div class="sc-jXbUNg bYjZDQ"><a href="/${c.name.toLowerCase().replace(/[^a-z]/g, '')}" aria-label="${c.name}" class="sc-hRJfrW"><div
class="sc-kAyceB jqFfQd"><img
src="https://storage.googleapis.com/kaggle-avatars/thumbnails/${c.votes}${depth}.jpg" alt="" class="sc-gFqAkR"></div></a><div class="sc-cWSHoV gYbKtM"><span
class="sc-dcJsrY
sc-eDLKkx ifTfBh"><a href="#" class="sc-jlZhew">${c.name}</a></span>${
  c.author ? '<span class="sc-hknOHE MuiChip-label">Topic Author</span>' : ''
}${c.rank ? `<span class="sc-dhFUGM">·</span><span class="sc-dcJsrY ifTfBh">${c.rank}</span>` : ''}<span class="sc-dhFUGM">·</span><span
class="sc-dcJsrY ifTfBh" title="Wed Sep 17 2025 10:14:00 GMT+0000">${c.age}</span></div></div>
<div class="sc-cfxfcM jkIfgK"><div class="sc-bjfHbI markdown-converter__text--rendered">${c.paras.map((x) => `<p>${x}</p>`).join('')}</div></div>
<div class="sc-gweoQa iaDnAJ"><button class="sc-fsYfdN MuiButtonBase-root" aria-label="Upvote" type="button">${icon('arrow_drop_up')}</button><span
class="sc-dcJsrY kZMWSP">${c.votes}</span><button class="sc-fsYfdN MuiButton-text" type="button">${icon('reply')}<span>Reply</span></button></div>
${(c.kids ?? []).map((k) => kgComment(k, depth + 1)).join('\n')}</div>`;
const kgNav: [string, string][] = [
  ['add', 'Create'],
  ['home', 'Home'],
  ['emoji_events', 'Competitions'],
  ['table_chart', 'Datasets'],
  ['tenancy', 'Models'],
  ['code', 'Code'],
  ['comment', 'Discussions'],
  ['school', 'Learn'],
  ['expand_more', 'More'],
];
const kgTabs = ['Overview', 'Data', 'Code', 'Models', 'Discussion', 'Leaderboard', 'Rules'];
const kgFlat = (cs: KgComment[]): KgComment[] => cs.flatMap((c) => [c, ...kgFlat(c.kids ?? [])]);
const kgAll = kgFlat(kgComments);
const kgHtml = `<!DOCTYPE html>
<html lang="en"><head><title>3rd place solution: gradient boosting on weather residuals | Kaggle</title><meta charset="utf-8"><meta name="robots"
content="index, follow">
<meta name="description"
content="Kaggle is the world's largest data science community with powerful tools and resources to help you achieve your data science goals.">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=5.0, minimum-scale=1.0"><link rel="stylesheet"
href="/static/assets/vendor.css?v=b3c1e7">
<style data-styled="active" data-styled-version="5.3.11">.kPvZxC{font-size:24px;line-height:1;}.ifTfBh{color:rgb(95,99,104);font-size:14px;}</style>
<script nonce="rOt5lWq">window["pageRequestStartTime"] = 1762871133000; window["pageRequestEndTime"] = 1762871133380; window["initialPageLoadStartTime"] =
new Date().getTime();</script>
<script nonce="rOt5lWq" id="gsi-client" src="https://accounts.google.com/gsi/client" async defer></script></head>
<body data-turbolinks="false"><main><div id="site-container"><div data-component-name="NavigationContainer" class="sc-iGgWBj dxDRDm">
<div class="sc-gsFSXq bgQJkQ" role="navigation" aria-label="Main navigation"><a href="/" aria-label="Kaggle" class="sc-kpDqfm"><svg class="sc-dAlyuH" width="74"
height="32"></svg></a><ul class="sc-jsJBEP">${kgNav
  .map(
    ([i, t]) =>
      `<li class="sc-eeDRCY ${t === 'Create' ? 'create-btn' : ''}"><a href="/${t.toLowerCase()}" class="sc-koXPp">${icon(i)}<span
class="sc-bmzYkS">${t}</span></a></li>`,
  )
  .join(
    '',
  )}</ul><div class="sc-fThUAz"><a href="/discussions?sort=undefined" class="sc-iHGNWf">${icon('history')}<span>View Active Events</span></a></div></div>
<div class="sc-imWYAI jZfaBb"><div class="sc-jEACwC" role="banner"><div class="sc-cPiKLX"><div class="sc-fUnMCh" role="search">${icon('search')}<input
placeholder="Search" aria-label="Search" class="sc-dLMFU" type="text" value=""></div></div><div class="sc-hzhJZQ"><a href="/account/login?phase=startSignInTab"
class="sc-fPXMVe">Sign In</a><a href="/account/login?phase=startRegisterTab" class="sc-gFAWRd MuiButton-contained">Register</a></div></div>
<div id="site-content" class="sc-hTBuwn"><div data-testid="competition-header" class="sc-kOPcWz"><div class="sc-cWSHoV"><h1 class="sc-hmdomO">Regional Grid Load
Forecasting 2025</h1><span class="sc-dcJsrY ifTfBh">Predict hourly electricity demand across fourteen grid regions</span></div><button class="sc-fsYfdN
MuiButton-outlined" type="button">Late Submission</button><button aria-label="More actions" class="sc-fsYfdN">${icon('more_horiz')}</button></div>
<nav class="sc-fHjqPf" role="tablist">${kgTabs
  .map((t) => `<a role="tab" aria-selected="${t === 'Discussion'}" href="/competitions/grid-load-2025/${t.toLowerCase()}" class="sc-jlZhew">${t}</a>`)
  .join('')}</nav>
<div class="sc-bypJrT km-container" data-testid="discussion-topic"><a href="/competitions/grid-load-2025/discussion"
class="sc-cWSHoV">${icon('arrow_back')}<span>Discussion</span></a>
<div class="sc-dtBdUo"><h3 class="sc-fHCFno" data-testid="discussions-topic-header">${kgTitle}</h3><div class="sc-jXbUNg bYjZDQ"><a href="/amaraokonkwo"
aria-label="Amara Okonkwo" class="sc-hRJfrW"><img src="https://storage.googleapis.com/kaggle-avatars/thumbnails/4412087-kg.jpg" alt=""
class="sc-gFqAkR"></a><div
class="sc-cWSHoV"><a href="/amaraokonkwo" class="sc-jlZhew">Amara Okonkwo</a><span class="sc-dhFUGM">·</span><span class="sc-dcJsrY ifTfBh">3rd in this
Competition</span><span
class="sc-dhFUGM">·</span><span class="sc-dcJsrY ifTfBh" title="Mon Sep 15 2025 08:02:41 GMT+0000">Posted 2 months ago</span></div><div
class="sc-gweoQa"><button
class="sc-fsYfdN MuiButtonBase-root" aria-label="Upvote" type="button">${icon('arrow_drop_up')}</button><span class="sc-dcJsrY kZMWSP">47</span><img
src="/static/images/medals/discussion/goldl@1x.png" alt="gold medal" class="sc-kNxlLk"><button aria-label="More options"
class="sc-fsYfdN">${icon('more_vert')}</button></div></div>
<div class="sc-cfxfcM jkIfgK"><div class="sc-bjfHbI markdown-converter__text--rendered">
<h2>${kgH[0]}</h2>\n<p>${kgOverview[0]}</p>
<h2>${kgH[1]}</h2>\n<p>${kgValid[0]}</p>
<h2>${kgH[2]}</h2>\n<ul>${kgFeat.map((f) => `<li>${f}</li>`).join('\n')}</ul>
<h2>${kgH[3]}</h2>\n<p>${kgModels[0]}</p>\n<pre><code class="language-python">${kgCode}</code></pre>\n<p>${kgModels[1]}</p>
<h2>${kgH[4]}</h2>\n<p>${kgNot[0]}</p></div></div></div>
<div class="sc-eZkCL" data-testid="discussions-comments"><div class="sc-hknOHE"><h2 class="sc-fHCFno">4 Comments</h2><div class="sc-esYiGF"><button
class="sc-fsYfdN
MuiButton-text" aria-haspopup="listbox" type="button"><span>Hotness</span>${icon('arrow_drop_down')}</button></div></div><div class="sc-gEkIjz"><p
class="sc-dcJsrY">Please
<a href="/account/login?returnUrl=%2Fcompetitions%2Fgrid-load-2025%2Fdiscussion%2F591204">sign in</a> to reply to this topic.</p></div>
${kgComments.map((c) => kgComment(c, 0)).join('\n')}
</div></div></div></div></div></div>
<div class="sc-hTJqdO cookie-banner" role="dialog" aria-label="Cookie consent"><div class="sc-dcJsrY">Kaggle uses cookies from Google to deliver and enhance
the quality
of its services and to analyze traffic.</div><a href="https://www.kaggle.com/cookies" class="sc-jlZhew">Learn more</a><button class="sc-fsYfdN MuiButton-text"
type="button">OK, Got it.</button></div></main>
<script nonce="rOt5lWq" src="/static/assets/runtime.js?v=69d4a53b6a1b90d5fbc4"></script><script nonce="rOt5lWq"
src="/static/assets/app.js?v=b3c1e7"></script></body></html>`;
export const kaggleTopic: TestPage = {
  html: kgHtml,
  name: 'heldout38-kaggle-discussion',
  kind: 'forum',
  // the write-up (its h2 sections are the headings, the feature list items body) and every comment are body; the
  // LightGBM parameters are a code block (in neither); names and "Posted ..." ages are bylines; ranks ("3rd in this
  // Competition"), "Topic Author" badges, vote counts, the medal, Reply buttons, the ligature icon names ("arrow_drop_up",
  // "emoji_events"...), the comment count, sort menu and sign-in notice, the competition header and tabs, the navigation,
  // search, "Sign In"/"Register" and the cookie banner are furniture; the tabs "Overview", "Models" and "Leaderboard", the
  // "history" icon name and the vote counts "5", "4" and "2" are words of the headings or body: left out
  title: kgTitle,
  headings: kgH,
  body: [...kgOverview, ...kgValid, ...texts(kgFeat), ...kgModels, ...kgNot, ...kgAll.flatMap((c) => c.paras)],
  bylines: ['Amara Okonkwo', 'Posted 2 months ago', 'Tomás Ferreira', 'Yuki Sato'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...kgNav.flat().filter((t) => t !== 'Models'), 'View Active Events', 'search', 'Sign In', 'Register', 'Regional Grid Load Forecasting 2025',
    'Predict hourly electricity demand across fourteen grid regions', 'Late Submission', 'more_horiz',
    ...kgTabs.filter((t) => !['Overview', 'Models', 'Leaderboard'].includes(t)), 'arrow_back', '3rd in this Competition',
    'arrow_drop_up', '47', 'more_vert', '4 Comments', 'Hotness', 'arrow_drop_down', 'Please sign in to reply to this topic.', 'Topic Author',
    '11th in this Competition', '3', 'reply', 'Reply',
    'Kaggle uses cookies from Google to deliver and enhance the quality of its services and to analyze traffic.', 'Learn more', 'OK, Got it.',
  ],
};
