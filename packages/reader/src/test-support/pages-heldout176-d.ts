import { links, ps, type TestPage, texts } from './page-kit.js';
import { fedoraPage } from './pages-heldout176-d2.js';
import { type KSite, kBylines, kFurniture, khoros } from './pages-heldout176-khoros.js';

/**
 * Held-out batch 176, file d: a Mozilla Connect (Khoros Ideas) idea page (the Mozilla header with "Sign In", the community
 * nav, the breadcrumb, the idea's status pill and vote count box above the thread, the hidden Topic Options menu, the idea
 * with its h2 sections and labels, a staff status comment, member comments with ranks and kudos, the "Related ideas" rail
 * and the Mozilla footer) and, from file d2, a Fedora Discussion topic.
 */
const mzTitle = 'Let tab groups remember which container they were opened in';
const mzP1 = [
  'I use containers to keep work, personal and banking sites apart, and tab groups to organise projects. The two features do ' +
    'not know about each other, and that causes a problem every morning.',
];
const mzH1 = 'What happens now';
const mzP2 = [
  'When I save and close a tab group and open it again the next day, every tab comes back in the default container. My work ' +
    'tabs lose their logins, and the one banking tab I keep in a group opens without the isolation I set up for it.',
];
const mzH2 = 'What I would like';
const mzList = [
  'A saved tab group restores each tab in the container it was in when the group was closed.',
  'Optionally, a tab group can have a default container, so new tabs opened inside it use that container.',
  'The group\u2019s colour could follow the container colour, if the user wants it to.',
];
const mzP3 = ['This would make the two features work together instead of against each other.'];
const mzStatus = 'Status changed to: Under Consideration';
const mzS = [
  'Thanks for sharing this idea. Restoring the container with each tab is something the team is already looking at as part ' +
    'of the tab groups work. We are moving it to Under Consideration and will post an update here when we know more.',
];
const mzC1 = [
  'Yes please. The default container for a group is the part I would use most. I keep a group per client, and each client ' + 'has its own container.',
  'It would also help when sharing a group with a colleague, if that ever becomes possible, because the container would ' +
    'tell them which account the tabs belong to.',
];
const mzC2 = ['Same problem here with session restore in general, not just tab groups. Would love to see the first point fixed everywhere.'];
const mzC3 = [
  'I would keep the colour part optional. I use colours for priority, not for containers, so having them change would confuse me.',
  'Otherwise this would be a big improvement. I lose my work logins every Monday because of exactly this problem, and I ' +
    'have stopped saving groups for anything that needs a login.',
];
const mzTop = ['Firefox', 'Products', 'About', 'Blog', 'Sign In'];
const mzNav = ['Home', 'Ideas', 'Discussions', 'Product Feedback', 'Welcome Guide'];
const mzCrumbs = ['Mozilla Connect', 'Ideas'];
const mzLabels = ['Labels', 'Desktop', 'Tabs', 'Containers'];
const mzRelated = ['Vertical tabs: show container colour', 'Sync tab groups across devices', 'Open link in same container as parent tab'];
const mzFoot = ['Mozilla', 'Privacy', 'Cookies', 'Legal', 'Community Participation Guidelines', 'Mozilla Connect Guidelines'];
const mzCopy =
  'Visit Mozilla Corporation\u2019s not-for-profit parent, the Mozilla Foundation. Portions of this content are \u00a91998\u20132025 ' +
  'by individual mozilla.org contributors.';
const mzIdea = `<div class="idea-status-box"><div class="MessageStatus lia-status lia-status-idea-under-consideration lia-component-message-status">
<a class="message-status-link" href="/t5/ideas/idb-p/ideas/status-key/under_consideration">Under Consideration</a></div>
<div class="idea-vote-box"><span class="idea-vote-count">418</span><span class="idea-vote-label">Votes</span></div></div>`;
const mzSite: KSite = {
  host: 'connect.mozilla.org',
  community: 'Mozilla Connect',
  pageClass: 'IdeaPage',
  title: mzTitle,
  crumbs: mzCrumbs,
  kudosLabel: 'Kudos',
  replyCount: '4 Comments',
  above: mzIdea,
  header: `<header class="moz-header"><a class="moz-header__logo" href="/"><span class="sr-only">Mozilla Connect</span></a>
<nav class="moz-header__nav"><ul>${links(mzTop, 'moz-header__item')}</ul></nav></header>
<nav class="community-menu"><ul>${links(mzNav, 'community-menu__item')}</ul></nav>`,
  msgs: [
    {
      user: 'pinecone_ada',
      rank: 'Making moves',
      date: '10-21-2025',
      time: '03:09 PM',
      subject: mzTitle,
      kudos: '418',
      body: `${ps(mzP1)}\n<h2>${mzH1}</h2>\n${ps(mzP2)}\n<h2>${mzH2}</h2>\n<ol>${mzList.map((t) => `<li>${t}</li>`).join('\n')}</ol>\n${ps(mzP3)}
<div class="LabelsForArticle lia-component-labels"><span class="label-title">${mzLabels[0]}</span><ul class="lia-list-standard-inline">
${mzLabels
  .slice(1)
  .map((l) => `<li class="label"><a class="label-link lia-link-navigation" href="/t5/ideas/idb-p/ideas/label-name/${l.toLowerCase()}">${l}</a></li>`)
  .join('\n')}</ul></div>`,
    },
    {
      user: 'Jon_from_Mozilla',
      rank: 'Community Manager',
      date: '10-24-2025',
      time: '10:55 AM',
      subject: `Re: ${mzTitle}`,
      kudos: '12',
      status: mzStatus,
      body: ps(mzS),
    },
    { user: 'quillmere', rank: 'Familiar face', date: '10-25-2025', time: '08:40 AM', subject: `Re: ${mzTitle}`, kudos: '9', body: ps(mzC1) },
    { user: 'Andrzej_K', rank: 'New member', date: '10-29-2025', time: '06:12 PM', subject: `Re: ${mzTitle}`, kudos: '3', body: ps(mzC2) },
    { user: 'tessellate', rank: 'Making moves', date: '11-02-2025', time: '11:31 PM', subject: `Re: ${mzTitle}`, kudos: '5', body: ps(mzC3) },
  ],
  rail: `<div class="lia-panel lia-panel-standard related-ideas"><h2 class="lia-panel-heading-bar-title">Related ideas</h2><ul>${links(mzRelated)}</ul></div>`,
  footer: `<footer class="moz-footer"><ul>${links(mzFoot, 'moz-footer__link')}</ul><p class="moz-footer__license">${mzCopy}</p></footer>`,
};
const mozilla: TestPage = {
  name: 'heldout176-mozilla-connect-khoros-idea',
  kind: 'forum',
  html: khoros(mzSite),
  // the idea's own h2s are the headings; the staff comment's "Status changed to" line, the status pill, vote box, labels,
  // ranks, kudos and rails are furniture, the staff comment's text is body
  title: mzTitle,
  headings: [mzH1, mzH2],
  body: texts([...mzP1, ...mzP2, ...mzList, ...mzP3, ...mzS, ...mzC1, ...mzC2, ...mzC3]),
  bylines: kBylines(mzSite),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...kFurniture(mzSite), mzStatus, 'Under Consideration', '418', 'Votes', ...mzLabels, ...mzTop, ...mzNav, 'Related ideas', ...mzRelated,
    ...mzFoot, mzCopy,
  ],
};

export const HELDOUT176_D: readonly TestPage[] = [mozilla, fedoraPage];
