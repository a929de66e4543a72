import { type TestPage, texts } from './page-kit.js';
import { youtrackIssue } from './pages-heldout44-d2.js';

/**
 * Held-out batch 44, file d: an issue in a public Bitbucket Cloud repository, saved as rendered for a logged-out visitor (the
 * skip links, the Atlassian top navigation with product links and "Log in", the repository sidebar, the breadcrumbs, the issue
 * number and title with the status lozenge and the Watch/Vote/Create issue buttons, the "created an issue" line, the description
 * in the Atlassian renderer with headings, a list and a code block, the details panel (assignee, reporter, kind, priority,
 * component, version, milestone, votes, watchers), the attachment, the comments with times and a status change, the "Log in to
 * comment" prompt, the cookie banner and the footer).
 */
const bkTitle = "read_series() drops rows whose timestamp has a trailing 'Z'";
const bkIntro = [
  'Since upgrading from 2.3.1 to 2.4.0, <code>read_series()</code> silently drops any row whose timestamp ends with a <code>Z</code> ' +
    'suffix. No warning is logged and the returned frame is simply shorter than the file.',
];
const bkH1 = 'Steps to reproduce';
const bkSteps = [
  'Create a CSV with a timestamp column where some values end in <code>Z</code> and some have an explicit <code>+00:00</code> offset.',
  'Call <code>read_series()</code> on it with the default options.',
  'Compare the number of rows in the result with the number of lines in the file.',
];
const bkCode = `from tidewater import read_series
frame = read_series("gauge_0412.csv", index="observed_at")
print(len(frame))   # 6 rows in the file, 4 in the frame`;
const bkH2 = 'Expected behaviour';
const bkExpected = [
  'Both forms are valid ISO 8601 and describe the same instant, so every row should be kept, or at least a warning should say ' + 'which rows were skipped.',
];
const bkH3 = 'Actual behaviour';
const bkActual = [
  'The rows with <code>Z</code> are gone. On our tide gauge exports that is roughly a third of the readings, because the older ' +
    'loggers write <code>Z</code> and the newer ones write the offset.',
];
interface BkComment {
  id: number;
  who: string;
  nick: string;
  iso: string;
  when: string;
  text: string[];
  change?: string;
}
const bkComments: BkComment[] = [
  {
    id: 71202388,
    who: 'Tomas Okafor',
    nick: 'tokafor',
    iso: '2025-02-12T09:14:52+00:00',
    when: '2025-02-12',
    text: [
      'Thanks for the clear report. This comes from the new strict parser we added in 2.4.0 to speed up large files. It falls back ' +
        'to the slow path on anything it does not recognise, but the fallback is wrapped in the same error handler that drops ' +
        'malformed rows. That is clearly wrong for valid input.',
    ],
  },
  {
    id: 71203117,
    who: 'Marta Kowalczyk',
    nick: 'mkowalczyk',
    iso: '2025-02-12T11:40:06+00:00',
    when: '2025-02-12',
    text: ['Is there a workaround until a fix is out? Pinning to 2.3.1 works, but we would like the other fixes in 2.4.0.'],
  },
  {
    id: 71204560,
    who: 'Tomas Okafor',
    nick: 'tokafor',
    iso: '2025-02-12T15:02:33+00:00',
    when: '2025-02-12',
    text: [
      'Passing <code>strict_timestamps=False</code> restores the old behaviour. It is slower on big files but keeps every row.',
      'I have a fix that teaches the fast parser about the <code>Z</code> suffix and makes dropped rows raise a warning. It should ' + 'be in 2.4.1 next week.',
    ],
  },
  {
    id: 71230981,
    who: 'Tomas Okafor',
    nick: 'tokafor',
    iso: '2025-02-19T08:27:10+00:00',
    when: '2025-02-19',
    change: 'changed status to resolved',
    text: [
      'Fixed in 2.4.1. Rows that cannot be parsed are now reported in a single warning with their line numbers instead of ' +
        'vanishing, and both timestamp forms go through the fast path.',
    ],
  },
];
const bkSkip = ['Top navigation', 'Sidebar', 'Main content'];
const bkTop = ['Your work', 'Repositories', 'Projects', 'Pull requests', 'More'];
const bkSide = ['Source', 'Commits', 'Branches', 'Pull requests', 'Pipelines', 'Deployments', 'Jira work items', 'Issues', 'Downloads'];
const bkDetails = [
  ['Assignee', 'Tomas Okafor'],
  ['Reporter', 'Marta Kowalczyk'],
  ['Kind', 'bug'],
  ['Priority', 'major'],
  ['Component', 'parsing'],
  ['Version', '2.4.0'],
  ['Milestone', '2.4.1'],
  ['Votes', '3'],
  ['Watchers', '4'],
];
const bkFoot = ['Blog', 'Support', 'Plans & pricing', 'Documentation', 'API', 'Site status', 'Version info', 'Terms of service', 'Privacy policy'];

const av = (nick: string): string => `<span class="css-1ks8y5p" data-testid="avatar-${nick}" role="img" aria-label="${nick}">
<img src="https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net/initials/${nick.slice(0, 2).toUpperCase()}-3.png" alt=""
class="css-13ep12v"></span>`;
const bkComment = (c: BkComment): string => `<li class="css-1vn8dyr" id="comment-${c.id}" data-testid="issue-comment">
<div class="css-rj1qiw">${av(c.nick)}<div class="css-1oqpb23"><div class="css-kfbvcz" data-testid="comment-header">
<a href="https://bitbucket.org/${c.nick}/" class="css-1i12g2p" data-testid="comment-author">${c.who}</a>
${c.change === undefined ? '' : `<span class="css-1uqtz1h" data-testid="status-change">${c.change}</span>`}
<a href="#comment-${c.id}" class="css-9jz1a4"><time datetime="${c.iso}" title="${c.iso.slice(0, 16).replace('T', ' ')}">${c.when}</time></a></div>
<div class="ak-renderer-wrapper css-2c6ch1"><div class="ak-renderer-document">${c.text.map((p) => `<p data-renderer-start-pos="1">${p}</p>`).join('')}</div>
</div>
<div class="css-ovh5g3" data-testid="comment-actions"><button type="button" class="css-1oj2cz5" disabled>Reply</button><span aria-hidden="true"> · </span>
<a href="#comment-${c.id}" class="css-1cnzu7w">Permalink</a></div></div></div></li>`;

const bkHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="light" data-theme="dark:dark light:light"><head><meta charset="utf-8">
<title>Harbour Labs / tidewater / Issues / #412 - ${bkTitle.replace(/'/g, '&#39;')} — Bitbucket</title>
<meta name="bb-env" content="production"><meta name="bb-single-page" content="issue-view"><meta name="robots" content="noindex">
<meta id="bb-bootstrap" data-current-user="{&quot;isAuthenticated&quot;: false}" data-target-user="{&quot;uuid&quot;: &quot;{7c1f0c42}&quot;}">
<link rel="stylesheet" href="https://bbc-frontbucket-static.prod-east.frontend.public.atl-paas.net/assets/vendor.css">
<style data-emotion="css" data-s="">.css-1ks8y5p{display:inline-block;border-radius:50%;}.css-1vn8dyr{list-style:none;padding:16px 0;}
.css-12mrbnq{display:inline-flex;background:var(--ds-background-success,#dcfff1);color:var(--ds-text-success,#216e4e);font-weight:700;
text-transform:uppercase;}</style>
<script nonce="PLf0Y7mIq1">window.__sentry__={"dsn":"https://4f2c@o55978.ingest.sentry.io/6112"};
window.__app_data__={"features":{"issue-view-v2":true}};</script>
</head><body><div id="root"><div class="css-1jr16rw" data-testid="page-layout.root">
<div class="css-1ct9l2m"
data-testid="skip-links"><p>Skip to:</p><ol>${bkSkip.map((t) => `<li><a href="#${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ol></div>
<header id="top-navigation" class="css-1c6o1hc" data-testid="atlassian-navigation" role="banner"><nav aria-label="Primary" class="css-vsm9wd">
<button type="button" aria-label="Switch sites or apps" class="css-11ac5dh"><span aria-hidden="true" class="css-snhnyn"></span></button>
<a href="https://bitbucket.org/product" class="css-1db6jmf" aria-label="Bitbucket"><span class="css-1hmvv8y">Bitbucket</span></a>
${bkTop.map((t) => `<a href="/dashboard/${t.toLowerCase().replace(/ /g, '-')}" class="css-1j7k1cv">${t}</a>`).join('\n')}
<button type="button" class="css-sr4gjr" aria-label="Create">Create</button></nav><div class="css-1j0f5kg"><div role="search"><input type="search"
placeholder="Search" aria-label="Search" class="css-1c8ejw4"></div><button type="button" aria-label="Help" class="css-kdrtbf"></button>
<a href="https://id.atlassian.com/login?application=bitbucket" class="css-14v4n3k">Log in</a>
<a href="https://bitbucket.org/product/pricing" class="css-1dy3pbb">Get it free</a></div></header>
<div class="css-1yhp3b4"><nav id="sidebar" aria-label="Sidebar" class="css-1s9r2jx" data-testid="repo-sidebar"><div class="css-1wf9a7f">
<img src="https://bitbucket.org/workspaces/harbourlabs/avatar/?ts=1718" alt="" width="24" height="24"><div><span class="css-cqsn9k">Harbour Labs</span>
<span class="css-1ftiod1">tidewater</span></div></div><ul class="css-16b3w0z">
${bkSide
  .map(
    (t) => `<li>
<a href="/harbourlabs/tidewater/${t.toLowerCase().replace(/ /g, '-')}"${t === 'Issues' ? ' aria-current="page"' : ''} class="css-1v8ji5k">${t}</a>
</li>`,
  )
  .join('\n')}
</ul></nav>
<main id="main-content" class="css-1gqnk0d" data-testid="issue-view"><nav aria-label="Breadcrumbs" class="css-1tiejd5"><ol>
<li><a href="/harbourlabs/">Harbour Labs</a></li><li><a href="/harbourlabs/tidewater">tidewater</a></li><li>
<a href="/harbourlabs/tidewater/issues">Issues</a></li></ol></nav>
<div class="css-1c3xrba" data-testid="issue-header"><h1 class="css-1spbqnq"><span class="css-1ry7ebb" data-testid="issue-id">#412</span>
<span data-testid="issue-title">${bkTitle.replace(/'/g, '&#39;')}</span></h1><div class="css-1w8rrj1"><span class="css-12mrbnq"
data-testid="status-lozenge">resolved</span>
<button type="button" class="css-1l4j2co" data-testid="watch-button">Watch</button><button type="button" class="css-1l4j2co"
data-testid="vote-button">Vote</button>
<a href="/harbourlabs/tidewater/issues/new" class="css-1x9ky2d">Create issue</a></div></div>
<div class="css-1x8wdrh" data-testid="issue-created"><a href="https://bitbucket.org/mkowalczyk/">Marta Kowalczyk</a> created an issue
<time datetime="2025-02-11T16:05:41+00:00" title="2025-02-11 16:05">2025-02-11</time></div>
<div class="css-v0k9gd"><div class="css-1e6j3a0" data-testid="issue-description"><div class="ak-renderer-wrapper css-2c6ch1"><div class="ak-renderer-document">
${bkIntro.map((p) => `<p data-renderer-start-pos="1">${p}</p>`).join('')}
<h2 id="Steps-to-reproduce" data-renderer-start-pos="188">${bkH1}<button aria-label="Copy link to heading" class="copy-link-button"></button></h2>
<ol class="ak-ol" data-indent-level="1">${bkSteps.map((p) => `<li><p>${p}</p></li>`).join('')}</ol>
<div class="code-block css-1twt5ol"
data-language="python"><div class="code-block-content-wrapper"><pre><code data-language="python">${bkCode}</code></pre></div></div>
<h2 id="Expected-behaviour" data-renderer-start-pos="604">${bkH2}<button aria-label="Copy link to heading" class="copy-link-button"></button></h2>
${bkExpected.map((p) => `<p>${p}</p>`).join('')}
<h2 id="Actual-behaviour" data-renderer-start-pos="781">${bkH3}<button aria-label="Copy link to heading" class="copy-link-button"></button></h2>
${bkActual.map((p) => `<p>${p}</p>`).join('')}</div></div></div>
<div class="css-1lmhp4a"
data-testid="issue-attachments"><h3 class="css-bvdbaw">Attachments (1)</h3><ul><li><a href="/harbourlabs/tidewater/issues/attachments/412/gauge_0412.csv">
gauge_0412.csv</a> <span class="css-1p4yc1s">412 B</span></li></ul></div>
<section class="css-1d3dmgh" data-testid="issue-comments" aria-labelledby="comments-heading"><h3 id="comments-heading" class="css-bvdbaw">Comments (4)</h3>
<ol class="css-s4w3ot">${bkComments.map(bkComment).join('\n')}</ol>
<div class="css-1ri0e0w"
data-testid="comment-login-prompt"><a href="https://id.atlassian.com/login?application=bitbucket">Log in</a> to comment.</div></section></div>
<aside class="css-12bgkqk" data-testid="issue-details" aria-label="Issue details"><dl class="css-1v3qd3g">
${bkDetails.map(([k, v]) => `<div class="css-1i4mfjh"><dt class="css-1s8l7e2">${k}</dt><dd class="css-94bofr">${v}</dd></div>`).join('\n')}</dl></aside>
</main></div>
<footer class="css-1q3vvts"
data-testid="footer"><ul>${bkFoot
  .map(
    (t) => `<li><a href="https://bitbucket.org/${t.toLowerCase().replace(/\W+/g, '-')}">${t.replace('&', '&amp;')}</a>
</li>`,
  )
  .join('')}</ul>
<span class="css-wp0s5d">Atlassian</span></footer></div>
<div id="cookie-banner" class="css-1l3pbff" role="dialog"
aria-label="Cookie consent"><p>We use cookies to improve your experience, measure site usage and support our marketing.
Select Accept all to agree to our use of cookies on this device.</p><button type="button" class="css-9w2b6r">Accept all</button>
<button type="button" class="css-9w2b6r">Only necessary</button><button type="button" class="css-1ktoe8v">Preferences</button></div></div>
<script nonce="PLf0Y7mIq1" src="https://bbc-frontbucket-static.prod-east.frontend.public.atl-paas.net/assets/app.js" defer></script></body></html>`;

export const bitbucketIssue: TestPage = {
  html: bkHtml,
  name: 'heldout44-bitbucket-issue',
  kind: 'forum',
  // the description (its paragraphs and steps list, "Steps to reproduce", "Expected behaviour" and "Actual behaviour" its
  // headings) and every comment are body, the reporter's question and the maintainer's closing note included; the code block
  // is in neither list; the reporter's and commenter's names, the "created an issue" date and the comment dates are bylines;
  // "changed status to resolved" is an event label (furniture, with the "resolved" lozenge and the details panel, whose
  // assignee and reporter names are bylines already); the issue number, the Watch/Vote/Create issue buttons, the attachment,
  // "Comments (4)", the comment actions, the login prompt, the skip links, top navigation, sidebar, breadcrumbs, footer and the
  // cookie banner are furniture; the sidebar's "Issues" is the breadcrumb's; the details' "2.4.0" and "2.4.1" are versions the
  // body names: left out, as is the top bar's "Create" (a body word); "created an issue" is in neither list
  title: bkTitle,
  headings: [bkH1, bkH2, bkH3],
  body: [...texts(bkIntro), ...texts(bkSteps), ...texts(bkExpected), ...texts(bkActual), ...bkComments.flatMap((c) => texts(c.text))],
  bylines: ['Marta Kowalczyk', 'Tomas Okafor', '2025-02-11', '2025-02-12', '2025-02-19'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to:', ...bkSkip, 'Bitbucket', ...bkTop, 'Log in', 'Get it free', 'Harbour Labs', 'tidewater', ...bkSide.filter((t) => t !== 'Pull requests'),
    '#412', 'resolved', 'Watch', 'Vote', 'Create issue', 'Attachments (1)', 'gauge_0412.csv', '412 B', 'Comments (4)', 'changed status to resolved',
    'Permalink', ...bkDetails.map((d) => d[0]!), 'bug', 'major', 'parsing', 'Reply', ...bkFoot, 'Atlassian',
    'We use cookies to improve your experience, measure site usage and support our marketing.',
    'Select Accept all to agree to our use of cookies on this device.', 'to comment.', 'Accept all', 'Only necessary', 'Preferences',
  ],
};

export const HELDOUT44_D: readonly TestPage[] = [bitbucketIssue, youtrackIssue];
