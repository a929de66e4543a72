import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout431-kit.js';

/**
 * Held-out batch 431, file b2: a Bugzilla bug in the BMO "bug_modal" template (header with the quick search and menus,
 * the bug number above the summary h1, the Status, People, Details and Tracking modules, comments in pre blocks with the
 * change author and time, the activity lines for field changes, the "Attach New File" bar and the footer).
 */
const zTitle = 'Calendar invitations sent from a shared mailbox list the wrong organizer';
const zC0 = [
  j(
    'When I create a meeting in the calendar of the shared "front desk" mailbox and send the invitations, the recipients see me as',
    'the organizer instead of the shared mailbox. Replies then come to my personal inbox, and the meeting never shows up as',
    'accepted in the shared calendar.',
  ),
  'Steps to reproduce: open the shared calendar, create an event, add two attendees, and press Send.',
  j('Actual results: the invitation has ORGANIZER set to my own address, with the shared address only in the SENT-BY parameter of', 'a second attendee line.'),
  'Expected results: ORGANIZER is the shared address and SENT-BY names me, so replies go back to the shared calendar.',
];
const zC1 = [
  j(
    'Confirmed with a build from this morning. The identity picker in the event dialog defaults to the account that owns the',
    'calendar connection, which is the delegate, not the calendar the event is created in. Moving it to the invitations component.',
  ),
];
const zC2 = [
  j(
    'The problem is older than the new dialog. The scheduling code asks the calendar for its organizer identity, and shared',
    'calendars mounted through delegation never set one, so we fall back to the default identity of the account.',
  ),
  j(
    'The patch reads the owner address from the delegation record when the calendar is mounted and uses it as the organizer, with',
    'the delegate in SENT-BY. Calendars that are not shared keep the old behaviour.',
  ),
  j(
    'I have not touched the reply handling. Once the organizer is right, replies are matched to the event by its identifier and',
    'the shared calendar picks them up on its next sync, which in my tests took under a minute. Tests for both mount types are',
    'included in the patch, together with a fixture for a calendar delegated to two users at once.',
  ),
];
const zC3 = [
  j(
    'Verified on the nightly build with two shared mailboxes and a personal one. Invitations from the shared calendars now name the',
    'shared address as organizer, and replies land in the shared calendar. Personal invitations are unchanged.',
  ),
];
const zNav = ['Home', 'Browse', 'Advanced Search', 'Reports', 'Log In'];
const zFoot = ['Bugzilla Home', 'Privacy Policy', 'Bug Writing Guidelines', 'Etiquette'];
const zField = (k: string, v: string): string => `<div class="field" id="field-${k.toLowerCase().replace(/ /g, '_')}"><div class="name">${k}:</div>
<div class="value">${v}</div></div>`;
const zComment = (n: number, who: string, when: string, paras: string[], activity = ''): string => `<div class="change-set" id="c${n}">
<div class="comment" data-id="${7700 + n}" data-no="${n}"><div class="comment-header"><div class="change-author"><span class="vcard vcard_51"><a
class="email" href="/user_profile?user_id=51"><span class="fna">${who}</span></a></span></div>
<span class="change-name"><a href="#c${n}">Comment ${n}</a></span> <span class="change-time" title="${when}">${when}</span></div>
<pre class="comment-text " id="ct-${n}" data-comment-id="${7700 + n}">${paras.join('\n\n')}</pre></div>${activity}</div>`;
const zHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>48213 - ${zTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/data/assets/bug_modal.css">
<meta property="og:type" content="website"><meta property="og:title" content="48213 - ${zTitle}">
<meta property="og:description" content="RESOLVED (reva.d) in Orrinfold Mail - Calendar: Invitations. Last updated 2026-03-03.">
<script type="application/json" id="bmo-config">{"bug_id":48213,"user":{"login":""},"api_token":"","cookie_consent":false}</script>
<script src="/data/assets/bug_modal.js"></script></head><body class="bugs-orrinfold-org bz_bug bz_status_RESOLVED bz_product_Orrinfold_Mail yui-skin-sam">
<div id="wrapper"><header id="header" role="banner"><div class="inner"><h1 id="header-title" class="title"><a href="/">Orrinfold Bugzilla</a></h1>
<form id="header-search" class="quicksearch" action="/buglist.cgi"><input type="search" name="quicksearch" placeholder="Search Bugs"
aria-label="Search Bugs"></form><nav id="header-nav"><ul class="links"><li><a href="/enter_bug.cgi">New</a></li>${links(zNav)}</ul></nav></div></header>
<div id="cookie-consent" role="dialog"><p>This site uses cookies to remember your settings and keep you logged in.</p><button>Accept Cookies</button>
<button>Reject Non-Essential Cookies</button></div>
<main id="bugzilla-body" tabindex="-1"><form name="changeform" id="changeform" method="post" action="process_bug.cgi">
<div id="summary-container"><div id="field-value-bug_id"><a href="/show_bug.cgi?id=48213">Bug 48213</a></div>
<div id="field-value-short_desc_container"><h1 id="field-value-short_desc">${zTitle}</h1></div></div>
<div id="module-status" class="module"><div class="module-header"><div class="module-latch"><span class="module-title">Status</span>
<span class="module-subtitle">(RESOLVED FIXED)</span></div></div><div class="module-content">
${zField('Status', 'RESOLVED FIXED')}${zField('Alias', 'None')}${zField('Product', 'Orrinfold Mail')}${zField('Component', 'Calendar: Invitations')}
${zField('Version', '128 Branch')}${zField('Platform', 'Desktop')}${zField('Type', 'defect')}${zField('Priority', 'P2')}${zField('Severity', 'S3')}
</div></div>
<div id="module-people" class="module"><div class="module-header"><span class="module-title">People</span></div><div class="module-content">
${zField('Reporter', 'Hollis Brandt')}${zField('Assignee', 'Reva Dunmore')}${zField('Triage Owner', 'Kasimir Lott')}${zField('CC', '4 people')}</div></div>
<div id="module-tracking" class="module"><div class="module-header"><span class="module-title">Tracking</span></div><div class="module-content">
${zField('Target Milestone', '129 Branch')}${zField('Whiteboard', '[delegation]')}${zField('See Also', 'Bug 47702')}</div></div>
<div id="module-attachments" class="module"><div class="module-header"><span class="module-title">Attachments</span></div><div class="module-content">
<table id="attachments"><tr class="attach-info"><td><a href="/attachment.cgi?id=9031">Use the delegation owner as organizer</a></td>
<td class="attach-desc">Reva Dunmore: review+</td></tr></table></div></div>
<div id="bottom-actions"><button type="button" class="minor" id="attach-new-file">Attach New File</button>
<button type="button" id="bottom-btn" class="minor">Bottom ↓</button> <a href="#" class="tags">Tags ▾</a> <a href="#">Timeline</a></div>
<div id="comments"><div class="change-set" id="c0"><div class="comment" data-id="7700" data-no="0"><div class="comment-header"><div class="change-author">
<span class="vcard"><a class="email" href="/user_profile?user_id=88"><span class="fna">Hollis Brandt</span></a></span></div>
<span class="change-name"><a href="#c0">Description</a></span> <span class="change-time" title="2026-02-21 14:03 UTC">2026-02-21 14:03 UTC</span></div>
<pre class="comment-text bz_comment_text" id="ct-0" data-comment-id="7700">${zC0.join('\n\n')}</pre></div></div>
${zComment(
  1,
  'Kasimir Lott',
  '2026-02-22 09:41 UTC',
  zC1,
  `<div class="activity"><div class="change"><span class="change-name">Component:</span> General → Calendar: Invitations</div>
<div class="change"><span class="change-name">Status:</span> UNCONFIRMED → NEW</div></div>`,
)}
${zComment(2, 'Reva Dunmore', '2026-02-26 17:15 UTC', zC2, '<div class="activity"><div class="change">Assignee: nobody → Reva Dunmore</div></div>')}
${zComment(
  3,
  'Odile Venn',
  '2026-03-03 11:20 UTC',
  zC3,
  '<div class="activity"><div class="change"><span class="change-name">Status:</span> RESOLVED → VERIFIED</div></div>',
)}
</div><div id="new-comment-actions"><p>You need to <a href="/login">log in</a> before you can comment on or make changes to this bug.</p></div>
</form></main><footer id="footer"><div class="intro"></div><ul id="footer-links">${links(zFoot)}</ul></footer></div></body></html>`;
export const bugzilla: TestPage = {
  name: 'heldout431-bugzilla-bmo-bug-forum',
  kind: 'forum',
  html: zHtml,
  title: zTitle,
  headings: [],
  body: texts([...zC0, ...zC1, ...zC2, ...zC3]),
  bylines: [
    'Hollis Brandt',
    '2026-02-21 14:03 UTC',
    'Kasimir Lott',
    '2026-02-22 09:41 UTC',
    'Reva Dunmore',
    '2026-02-26 17:15 UTC',
    'Odile Venn',
    '2026-03-03 11:20 UTC',
  ],
  furniture: [
    'Orrinfold Bugzilla',
    ...zNav,
    'This site uses cookies to remember your settings and keep you logged in.',
    'Accept Cookies',
    'Reject Non-Essential Cookies',
    'Bug 48213',
    '(RESOLVED FIXED)',
    'Alias:',
    'Product:',
    'Orrinfold Mail',
    'Component:',
    'Calendar: Invitations',
    'Version:',
    '128 Branch',
    'Platform:',
    'Desktop',
    'defect',
    'Priority:',
    'Severity:',
    'People',
    'Reporter:',
    'Assignee:',
    'Triage Owner:',
    '4 people',
    'Tracking',
    'Target Milestone:',
    '129 Branch',
    '[delegation]',
    'See Also:',
    'Bug 47702',
    'Attachments',
    'Use the delegation owner as organizer',
    'review+',
    'Attach New File',
    'Bottom ↓',
    'Tags ▾',
    'Timeline',
    'Description',
    'Comment 1',
    'Comment 2',
    'Comment 3',
    'General → Calendar: Invitations',
    'UNCONFIRMED → NEW',
    'Assignee: nobody →',
    'RESOLVED → VERIFIED',
    'You need to',
    'before you can comment on or make changes to this bug.',
    ...zFoot,
  ],
};
