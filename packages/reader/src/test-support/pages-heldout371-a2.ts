import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout371-kit.js';

/**
 * Held-out batch 371, file a2: a MuckRock-style request page (site header, breadcrumbs, the request header with status,
 * the summary sidebar with Submitted / Due / Tracking # and tags, tabs, the communications list whose letters are the
 * body, the files list, the donate promo, the newsletter box and the footer).
 */
const mTitle = 'Body-worn camera retention policy (Calder Springs Police Department)';
const mReq = [
  'To Whom It May Concern:',
  'Pursuant to the state open records law, I hereby request the following records:',
  'The current written policy governing how long body-worn camera footage is retained, including any schedule of retention periods.',
  'Any audit of body-worn camera storage conducted between January 1, 2023 and the present.',
  'The contract or purchase order for video storage services in force on the date of this request.',
  j(
    'The requested documents will be made available to the general public, and this request is not being made for commercial',
    'purposes. In the event that there are fees, I would be grateful if you would inform me of the total charges in advance.',
  ),
  'Sincerely,',
  'Ravi Lindqvist',
];
const mAck = [
  j(
    'Your request has been received and assigned number R002314-0811. The department is reviewing the request and will respond',
    'within ten business days as provided by law.',
  ),
];
const mFee = [
  j(
    'The records responsive to item 3 total 214 pages. The department estimates a fee of $42.80 for copying and redaction. Items',
    '1 and 2 are attached without charge. The retention policy, General Order 41.7, sets a period of 180 days for non-evidentiary',
    'footage and holds evidentiary footage until the related case is closed.',
  ),
  j(
    'No audit of body-worn camera storage was conducted in the period requested. An internal review of storage costs was',
    'begun in 2025 but was not completed, and no report exists.',
  ),
];
const mPaid = [
  'A check for $42.80 was mailed to the department. Please send the remaining records electronically if possible.',
  j(
    'I would also ask the department to confirm whether footage flagged for an internal affairs complaint is treated as',
    'evidentiary under General Order 41.7, since the order does not say so directly.',
  ),
];
const mDone = [
  j(
    'Payment has been received. The storage contract with Brightwell Evidence Systems is attached with pricing schedules',
    'unredacted and employee names redacted under the personnel exemption. The contract runs to June 30, 2027.',
  ),
  j(
    'Regarding your question, footage tied to an open internal affairs complaint is retained as evidentiary until the',
    'complaint is closed and any appeal period has passed. This practice is set out in a training bulletin rather than in the',
    'general order; a copy of the bulletin is attached. This request is now closed.',
  ),
];
const mCrumbs = ['Requests', 'Calder Springs Police Department', mTitle];
const mNav = ['File a Request', 'Requests', 'Agencies', 'News', 'Projects', 'Donate'];
const mTags = ['body cameras', 'police', 'data retention'];
const mFiles = ['GO-41.7-retention.pdf', 'Fee-letter-R002314.pdf'];
const mFoot = ['About', 'Staff', 'Jobs', 'FAQ', 'API', 'Terms', 'Privacy'];
const comm = (from: string, to: string, date: string, body: readonly string[], cls = ''): string => `<div class="communication ${cls}"
data-communication-id="${date.replace(/\W/g, '')}"><header class="communication-header"><div class="communication-header__direction">
<span class="from">${from}</span> <span class="arrow">→</span> <span class="to">${to}</span></div>
<div class="communication-header__date"><time>${date}</time></div></header>
<div class="communication-body">${ps(body)}</div>
<footer class="communication-actions"><a href="#" class="communication-action">Permalink</a> <a href="#" class="communication-action">Report</a></footer>
</div>`;
const mHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${mTitle} • MuckRock</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="${mTitle}"><meta property="og:site_name" content="MuckRock">
<meta name="twitter:site" content="@MuckRockNews"><link rel="stylesheet" href="https://cdn.muckrock.example/assets/main.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${mTitle}","isPartOf":{"@type":"WebSite",
"name":"MuckRock"}}</script>
<script>window.MR = {"user": null, "foia": {"id": 161422, "status": "partial"}};</script></head>
<body class="foia-detail"><header class="global-header"><div class="global-header__inner">
<a href="/" class="logo">MuckRock</a><nav class="global-navigation"><ul class="nav-list">${links(mNav, 'nav-item')}</ul></nav>
<div class="user-links"><a href="/accounts/login/" class="button">Log In</a> <a href="/accounts/signup/" class="button primary">Sign Up</a></div>
</div></header>
<div class="container"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(mCrumbs)}</ol></nav>
<article class="request detail" id="foia-161422"><header class="request__header"><h1 class="foia__title">${mTitle}</h1>
<div class="request__status request__status--partial"><span class="status-label">Partially Completed</span></div>
<p class="request__byline">Ravi Lindqvist filed this request with the Calder Springs Police Department of Calder Springs, Nevada.</p></header>
<div class="request__layout"><aside class="request__summary"><dl class="request__dates">
<dt>Tracking #</dt><dd>R002314-0811</dd><dt>Submitted</dt><dd>Oct. 14, 2025</dd><dt>Due</dt><dd>Oct. 28, 2025</dd>
<dt>Est. Completion</dt><dd>None</dd></dl>
<div class="request__tags"><h4>Tags</h4><ul class="tag-list">${links(mTags, 'tag')}</ul></div>
<div class="request__share"><h4>Share this request</h4><a href="#" class="share">Copy link</a> <a href="#" class="share">Post to Bluesky</a></div>
<div class="request__follow"><button class="button follow">Follow</button><span class="follower-count">12 followers</span></div></aside>
<div class="request__main"><ul class="tab-list" role="tablist"><li role="tab" class="active">Communications</li><li role="tab">Files</li>
<li role="tab">Notes</li></ul>
<section class="communications" id="comms" role="tabpanel">
${comm('Ravi Lindqvist', 'Calder Springs Police Department', 'Oct. 14, 2025', mReq)}
${comm('Calder Springs Police Department', 'Ravi Lindqvist', 'Oct. 16, 2025', mAck, 'incoming')}
${comm('Calder Springs Police Department', 'Ravi Lindqvist', 'Nov. 3, 2025', mFee, 'incoming')}
<div class="communication-files"><h4>Files</h4><ul>${links(mFiles, 'file')}</ul></div>
${comm('Ravi Lindqvist', 'Calder Springs Police Department', 'Nov. 10, 2025', mPaid)}
${comm('Calder Springs Police Department', 'Ravi Lindqvist', 'Dec. 2, 2025', mDone, 'incoming')}
</section>
<div class="promo promo--donate"><p class="promo__title">MuckRock is a non-profit newsroom.</p>
<p>Your gift helps keep thousands of public records requests free to read.</p><a href="/donate/" class="button">Donate today</a></div>
</div></div></article>
<aside class="newsletter-signup"><h3>Get the MuckRock weekly newsletter</h3><p>The best public records stories, delivered every Friday.</p>
<form action="/newsletter/"><input type="email" placeholder="Email address"><button type="submit">Subscribe</button></form></aside></div>
<footer class="global-footer"><ul class="footer-links">${links(mFoot)}</ul>
<p class="footer-legal">MuckRock is a non-profit, collaborative news site that brings together journalists, researchers and the public.</p>
<ul class="footer-social">${lis(['Mastodon', 'Bluesky', 'RSS'])}</ul></footer>
<div class="cookie-notice" role="dialog"><p>This site uses cookies to improve your experience.</p><button class="cookie-notice__ok">Got it</button></div>
<script src="https://cdn.muckrock.example/assets/main.js"></script></body></html>`;
export const muckRock: TestPage = {
  name: 'heldout371-muckrock-request',
  kind: 'forum',
  html: mHtml,
  title: mTitle,
  headings: [],
  body: texts([...mReq, ...mAck, ...mFee, ...mPaid, ...mDone]),
  bylines: [
    'Ravi Lindqvist filed this request with the Calder Springs Police Department of Calder Springs, Nevada.',
    'Oct. 14, 2025',
    'Oct. 16, 2025',
    'Nov. 3, 2025',
    'Nov. 10, 2025',
    'Dec. 2, 2025',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mNav, 'Log In', 'Sign Up', 'Requests', 'Partially Completed', 'Tracking #', 'Submitted', 'Oct. 28, 2025', 'Est. Completion', 'Tags', ...mTags,
    'Share this request', 'Copy link', 'Post to Bluesky', '12 followers', 'Communications', 'Files', 'Notes', 'Permalink', 'Report', ...mFiles,
    'MuckRock is a non-profit newsroom.', 'Your gift helps keep thousands of public records requests free to read.', 'Donate today',
    'Get the MuckRock weekly newsletter', 'The best public records stories, delivered every Friday.', 'Subscribe', ...mFoot,
    'MuckRock is a non-profit, collaborative news site that brings together journalists, researchers and the public.', 'Mastodon', 'RSS',
    'This site uses cookies to improve your experience.', 'Got it',
  ],
};
