import { links, type TestPage, texts } from './page-kit.js';
import { ipsTopic } from './pages-heldout22-c2.js';

/**
 * Held-out batch 22, file c: a Launchpad bug page seen logged out ("Log in / Register", the package watermark with the
 * Overview/Code/Bugs/Blueprints/Translations/Answers facet menu, the bug title, "Bug #... reported by ... on ...", "This bug
 * affects 6 people", the affected-software table, "Bug Description" with an apport block, tags, the numbered comments with
 * their activity entries and a Launchpad Janitor status comment, "To post a comment you must log in.", the portlets on the
 * side and the Canonical footer). The Invision Community topic is in pages-heldout22-c2.ts.
 */
const lpTitle = 'Recurring events created in another time zone move by one hour after the DST change';
const lpBug = '/ubuntu/+source/gnome-calendar/+bug/2098314';
const lpDesc = [
  'After the clocks went forward on 30 March, every weekly event that I had created while travelling in Lisbon in February now ' +
    'shows one hour late in GNOME Calendar. Events created at home in Budapest are fine.',
  'The events are stored in a Nextcloud calendar. The Nextcloud web interface and Thunderbird both show the correct times, so ' +
    'the data on the server looks right; only GNOME Calendar is off.',
  'To reproduce: create a weekly event while the system time zone is Europe/Lisbon, switch the time zone back to ' +
    'Europe/Budapest, then look at an occurrence after the next DST change. It is shown one hour later than it should be.',
];
const lpApport = [
  'ProblemType: Bug',
  'DistroRelease: Ubuntu 24.04',
  'Package: gnome-calendar 46.1-1ubuntu1',
  'ProcVersionSignature: Ubuntu 6.8.0-55.57-generic 6.8.12',
  'Uname: Linux 6.8.0-55-generic x86_64',
  'ApportVersion: 2.28.1-0ubuntu3.5',
  'Architecture: amd64',
  'CurrentDesktop: ubuntu:GNOME',
  'Date: Mon Mar 31 08:52:16 2025',
  'SourcePackage: gnome-calendar',
  'UpgradeStatus: No upgrade log present (probably fresh install)',
];
const lpJanitor = "Status changed to 'Confirmed' because the bug affects multiple users.";
const lpC2 = [
  'I see the same with events created in Europe/London and viewed in Europe/Berlin. It looks as if the event keeps the fixed UTC ' +
    'offset it had when it was created instead of its time zone, so every occurrence after the change is off by an hour.',
];
const lpC3 = [
  'Confirmed on a fresh 24.04 live session as well. Opening the event and saving it without any changes fixes the times for ' +
    'that event only, which might be a workaround for people with just a few affected events.',
];
const lpUpstream = 'https://gitlab.gnome.example/GNOME/gnome-calendar/-/issues/1287';
const lpC4 = [
  `Thanks for the report. This is tracked upstream as <a href="${lpUpstream}" rel="nofollow">${lpUpstream}</a> and was fixed ` +
    'in 47.2 by storing the TZID instead of the offset.',
  "I'm preparing a stable release update for noble with the upstream patch and will link it here once it is in noble-proposed.",
];
const lpFacets = ['Overview', 'Code', 'Bugs', 'Blueprints', 'Translations', 'Answers'];
const lpAffects = [
  ['GNOME Calendar', 'Fix Released', 'Unknown', '', ''],
  ['gnome-calendar (Ubuntu)', 'Triaged', 'Medium', 'Marek Duda', ''],
];
const lpFoot = ['Terms of use', 'Data privacy', 'Contact Launchpad Support', 'Blog', 'Careers', 'System status'];
const lpChanged = '<b>Changed in gnome-calendar (Ubuntu):</b>';
const lpAct = (lines: readonly string[]): string =>
  `<div class="boardCommentActivity">${lines.map((l) => `<div class="activity-entry">${l}</div>`).join('\n')}</div>`;
const lpComment = (n: number, who: string, nick: string, iso: string, paras: readonly string[], activity = ''): string => `<div
 class="boardComment editable-message" data-baseurl="${lpBug}/comments/${n}"><div class="boardCommentDetails"><table><tbody><tr><td>
<a href="/~${nick}" class="sprite person">${who} (${nick})</a>
 wrote
<a href="${lpBug}/comments/${n}"><time itemprop="commentTime" title="${iso} UTC" datetime="${iso.replace(' ', 'T')}+00:00">on ${iso.slice(0, 10)}</time></a>:
</td><td class="bug-comment-index"><a href="${lpBug}/comments/${n}">#${n}</a></td></tr></tbody></table></div>
<div class="boardCommentBody editable-message-body" itemprop="commentText"><div class="comment-text editable-message-text">
${paras.map((p) => `<p>${p}</p>`).join('\n')}</div></div>${activity}</div>`;
const lpHtml = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en" dir="ltr"><head>
<title>Bug #2098314 “${lpTitle}” : Bugs : gnome-calendar package : Ubuntu</title>
<link rel="shortcut icon" href="/@@/launchpad.png"><link type="text/css" rel="stylesheet" media="screen, print" href="/+icing/rev21a6e3f/combo.css">
<script type="text/javascript">var LP = {cache: {"context": {"web_link": "https://bugs.launchpad.example${lpBug}"},
 "bug": {"id": 2098314}}, links: {}};</script>
<meta name="viewport" content="width=device-width, initial-scale=1.0"></head>
<body id="launchpad" class="tab-bugs main_side public yui3-skin-sam"><div class="yui-d0">
<div id="locationbar" class="login-logout"><div id="logincontrol"><a href="${lpBug}/+login">Log in / Register</a></div></div>
<div id="watermark" class="watermark-apps-portlet"><div class="wide"><a href="/ubuntu"><img alt="" width="64" height="64" src="/@@/ubuntu-logo"></a></div>
<div class="wide"><h2 id="watermark-heading"><a href="/ubuntu/+source/gnome-calendar">gnome-calendar package</a> in <a href="/ubuntu">Ubuntu</a></h2></div>
<div class="wide"><ul class="facetmenu">${links(lpFacets)}</ul></div></div>
<div id="maincontent" class="yui-main"><div class="yui-b" id="content"><div class="top-portlet">
<div id="bug-title" class="context-publication"><h1 id="edit-title"><span class="yui3-editable_text-text ellipsis">${lpTitle}</span></h1></div>
<div id="registration" class="registering">Bug #2098314 reported by <a href="/~hvarga" class="sprite person">Helena Varga (hvarga)</a> on
<time title="2025-03-31 07:04:55 UTC" datetime="2025-03-31T07:04:55+00:00">2025-03-31</time></div>
<div id="affectsmetoo" class="static"><span>This bug affects 6 people</span></div></div>
<table id="affected-software" class="listing"><thead><tr><th>Affects</th><th>Status</th><th>Importance</th><th>Assigned to</th><th>Milestone</th></tr></thead>
<tbody>${lpAffects.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('\n')}</tr>`).join('\n')}</tbody></table>
<div class="actions"><a href="${lpBug}/+choose-affected-product" class="sprite add">Also affects project</a>
<a href="${lpBug}/+distrotask" class="sprite add">Also affects distribution/package</a>
<a href="${lpBug}/+nominate" class="sprite milestone">Nominate for series</a></div>
<div id="edit-description" class="lazr-multiline-edit"><div class="clearfix"><h2>Bug Description</h2></div>
<div class="yui3-editable_text-text">${lpDesc.map((p) => `<p>${p}</p>`).join('\n')}
<p>${lpApport.join('<br>\n')}</p></div></div>
<div id="bug-tags"><span id="tags-heading">Tags:</span> <span id="tag-list"><a href="/ubuntu/+source/gnome-calendar/+bugs?field.tag=amd64">amd64</a>
<a href="#">apport-bug</a> <a href="#">noble</a> <a href="#">wayland-session</a></span></div>
<div class="clearfix" id="bug-activity-link"><a href="${lpBug}/+activity">See full activity log</a></div>
<div id="conversation">
${lpComment(1, 'Launchpad Janitor', 'janitor', '2025-04-01 03:17:21', [lpJanitor], lpAct([lpChanged, 'status: New → Confirmed']))}
${lpComment(2, 'Tomás Ferreira', 'tferreira', '2025-04-02 07:41:09', lpC2)}
${lpComment(3, 'Helena Varga', 'hvarga', '2025-04-02 19:03:52', lpC3)}
${lpComment(
  4,
  'Marek Duda',
  'mduda',
  '2025-04-07 10:26:30',
  lpC4,
  lpAct([lpChanged, 'importance: Undecided → Medium', 'status: Confirmed → Triaged', 'assignee: nobody → Marek Duda (mduda)']),
)}
</div><div id="add-comment-login-first">To post a comment you must <a href="${lpBug}/+login">log in</a>.</div></div></div>
<div id="side-portlets" class="yui-b side"><div class="portlet" id="portlet-actions"><a href="/ubuntu/+source/gnome-calendar/+filebug"
 class="sprite bug">Report a bug</a></div><div class="portlet" id="privacy"><span id="information-type-summary">This report contains
 <strong id="information-type">Public</strong> information</span><p id="information-type-description">Everyone can see this information.</p></div>
<div class="portlet" id="portlet-subscribers"><p id="subscription-status">You are not directly subscribed to this bug's notifications.</p>
<h2>Other bug subscribers</h2><a href="#" class="sprite add">Subscribe someone else</a></div>
<div class="portlet" id="portlet-attachments"><h2>Bug attachments</h2><ul>${links(['GsettingsChanges.txt', 'ProcEnviron.txt'], 'download-attachment')}</ul>
<a href="${lpBug}/+addcomment" class="sprite add">Add attachment</a></div><div class="portlet" id="portlet-watches"><h2>Remote bug watches</h2>
<ul><li><a href="${lpUpstream}">gnome-gitlab #1287</a></li></ul><p>Bug watches keep track of this bug in other bug trackers.</p></div></div></div>
<div id="footer" class="footer"><div class="lp-arcana"><div class="lp-branding"><a href="https://launchpad.example">Launchpad</a>
<span>• A Canonical project</span></div><span>© 2004-2025 <a href="https://canonical.example">Canonical Ltd.</a></span><ul>${links(lpFoot)}</ul>
<span class="revision">r4e6d2b1 (<a href="https://dev.launchpad.example/">Get the code!</a>)</span></div></div></div></body></html>`;
const launchpad: TestPage = {
  html: lpHtml,
  name: 'heldout22-launchpad-bug',
  kind: 'forum',
  // the bug description (three paragraphs and the apport block apport wrote into it: one body paragraph, its lines joined)
  // and the three people's comments are the thread: body; the Janitor's automatic "Status changed" comment and every
  // activity entry are furniture (status bookkeeping, not discussion); names with their Launchpad ids and the dates are
  // bylines (Helena Varga once; "wrote", "on" and the "#n" indexes are in neither); the facet menu, watermark, affected-software
  // table (the assignee "Marek Duda" there is part of a byline: left out), actions, "Bug Description", tags, activity link,
  // log-in note, portlets and footer are furniture; the upstream row's "GNOME Calendar" and the tag "amd64" are words of the
  // apport lines (an extractor may keep them apart at their <br>s): left out
  title: lpTitle,
  headings: [],
  body: [...texts(lpDesc), lpApport.join(' '), ...texts(lpC2), ...texts(lpC3), ...texts(lpC4)],
  bylines: [
    'Helena Varga (hvarga)',
    '2025-03-31',
    'Launchpad Janitor (janitor)',
    '2025-04-01',
    'Tomás Ferreira (tferreira)',
    '2025-04-02',
    'Marek Duda (mduda)',
    '2025-04-07',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Log in / Register', 'gnome-calendar package', ...lpFacets, 'Bug #2098314 reported by', 'This bug affects 6 people', 'Affects', 'Status', 'Importance',
    'Assigned to', 'Milestone', 'Fix Released', 'Unknown', 'gnome-calendar (Ubuntu)', 'Triaged', 'Medium', 'Also affects project',
    'Also affects distribution/package', 'Nominate for series', 'Bug Description', 'Tags:', 'apport-bug', 'noble', 'wayland-session',
    'See full activity log', lpJanitor, 'Changed in gnome-calendar (Ubuntu):', 'status: New → Confirmed', 'importance: Undecided → Medium',
    'status: Confirmed → Triaged', 'assignee: nobody → Marek Duda (mduda)', 'To post a comment you must log in.', 'Report a bug',
    'This report contains Public information', 'Everyone can see this information.', "You are not directly subscribed to this bug's notifications.",
    'Other bug subscribers', 'Subscribe someone else', 'Bug attachments', 'GsettingsChanges.txt', 'ProcEnviron.txt', 'Add attachment',
    'Remote bug watches', 'gnome-gitlab #1287', 'Bug watches keep track of this bug in other bug trackers.', 'Launchpad', '• A Canonical project',
    '© 2004-2025 Canonical Ltd.', ...lpFoot, 'r4e6d2b1 (Get the code!)',
  ],
};

export const HELDOUT22_C: readonly TestPage[] = [launchpad, ipsTopic];
