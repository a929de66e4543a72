import { links, type TestPage, texts } from './page-kit.js';
import { elementorPhoto } from './pages-heldout299-c2.js';
import { j } from './pages-heldout299-kit.js';

/**
 * Held-out batch 299, file c: a model-railway forum thread on phpBB (prosilver: the header with quick links, breadcrumbs,
 * the topic actions and pagination, posts with their author profiles, a quoted reply and a signature, the "Who is online"
 * block and the footer) and, from file c2, a photography tutorial built with Elementor on WordPress.
 */
const fTitle = 'Point motors keep stalling on my 00 gauge fiddle yard';
type Post = { id: number; user: string; rank: string; posts: string; date: string; body: string[]; quote?: string; sig?: string };
const fPosts: Post[] = [
  {
    id: 88120,
    user: 'ColinFromCrewe',
    rank: 'Regular',
    posts: '412',
    date: 'Tue Mar 10, 2026 7:42 pm',
    body: [
      j(
        'I have finally got the fiddle yard on my branch line layout wired up: seven solenoid point motors fed from a capacitor',
        'discharge unit, switched with passing-contact push buttons on a mimic panel. On the bench every motor throws crisply.',
      ),
      j(
        'Once installed, about one press in five leaves the blades halfway across, and the loco then derails on the frog. It is',
        'always the three motors furthest from the panel. Any ideas before I start ripping everything out again?',
      ),
    ],
  },
  {
    id: 88124,
    user: 'SignalBoxSue',
    rank: 'Moderator',
    posts: '6,018',
    date: 'Tue Mar 10, 2026 8:15 pm',
    body: [
      j(
        'Furthest from the panel is the clue. Solenoids draw a big current for a fraction of a second, and thin wire over a long run',
        'drops enough voltage to starve them. What gauge of wire did you use for the common return?',
      ),
      'Also check that the point tie-bar is exactly centred over the motor. Half a millimetre off and the solenoid fights the spring.',
    ],
    sig: 'Wickham Road, EM gauge, Southern Region 1958. Slowly.',
  },
  {
    id: 88131,
    user: 'ColinFromCrewe',
    rank: 'Regular',
    posts: '412',
    date: 'Tue Mar 10, 2026 9:03 pm',
    quote: 'What gauge of wire did you use for the common return?',
    body: [
      j(
        'Ah. The feeds to each motor are 16/0.2 but I ran the common return in the thin 7/0.2 stuff I had left over. The run to the',
        'far end is nearly four metres.',
      ),
    ],
  },
  {
    id: 88140,
    user: 'Baseboard_Bert',
    rank: 'Member',
    posts: '97',
    date: 'Wed Mar 11, 2026 8:26 am',
    body: [
      j(
        'That will be it. I had the same problem and replaced the common with a 32/0.2 bus wire along the whole baseboard, with short',
        'droppers to each motor. Since then not a single failure in two years.',
      ),
      'Things I would check, in this order:',
      'Common return: heavy bus wire, soldered joints, no chocolate-block connectors.',
      'CDU charge time: wait two seconds between throws, or fit a second unit for the fiddle yard.',
      'Mechanical: tie-bar centred, no glue or ballast under the blades.',
    ],
  },
  {
    id: 88157,
    user: 'ColinFromCrewe',
    rank: 'Regular',
    posts: '412',
    date: 'Sat Mar 14, 2026 5:10 pm',
    body: [
      j(
        'Update for anyone who finds this later: I ran a new common in 32/0.2 as suggested and re-centred two of the tie-bars that had',
        'crept out of line. Fifty throws on each point this afternoon and every one went fully across. Thank you both, marking this',
        'as solved.',
      ),
    ],
  },
];
const fNav = ['Quick links', 'FAQ', 'Login', 'Register'];
const fCrumbs = ['Board index', 'Layout Construction', 'Wiring and DCC'];
const fActions = ['Post Reply', 'Print view'];
const fFoot = ['Contact us', 'The team', 'Delete cookies', 'All times are UTC'];
const body = fPosts.flatMap((p) => p.body);
const post = (p: Post, i: number): string => `<div id="p${p.id}" class="post has-profile ${i % 2 === 0 ? 'bg2' : 'bg1'}"><div class="inner">
<dl class="postprofile" id="profile${p.id}"><dt class="has-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=${p.id}"
class="username">${p.user}</a></dt><dd class="profile-rank">${p.rank}</dd>
<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${p.id}">${p.posts}</a></dd></dl>
<div class="postbody"><div id="post_content${p.id}"><h3${i === 0 ? ' class="first"' : ''}><a href="#p${p.id}">Re: ${fTitle}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}" class="button button-icon-only" title="Reply with quote">
<span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="#p${p.id}"><span class="imageset icon_post_target">Post</span></a> by <strong>
<a href="./memberlist.php?mode=viewprofile&amp;u=${p.id}" class="username">${p.user}</a></strong> &raquo; ${p.date}</p>
<div class="content">${p.quote ? `<blockquote><div><cite>SignalBoxSue wrote:</cite>${p.quote}</div></blockquote>` : ''}${
  p.body.length > 3
    ? `${p.body[0]}<br><br>${p.body[1]}<ul>${p.body
        .slice(2)
        .map((b) => `<li>${b}</li>`)
        .join('')}</ul>`
    : p.body.join('<br><br>\n')
}</div>
${p.sig ? `<div id="sig${p.id}" class="signature">${p.sig}</div>` : ''}</div></div>
<div class="back2top"><a href="#top" class="top" title="Top">Top</a></div></div></div><hr class="divider" />`;
const fHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" /><title>${fTitle} - Branchline Modellers Forum</title>
<link rel="canonical" href="https://forum.branchlinemodellers.example/viewtopic.php?t=20417">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=88" rel="stylesheet">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}",
"author":{"@type":"Person","name":"ColinFromCrewe"},"datePublished":"2026-03-10T19:42:00+00:00"}</script></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Branchline Modellers Forum</h1>
<p>Layouts, locos and lineside: for railway modellers of every scale</p></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">${links(fNav, 'rightside')}</ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope
itemtype="https://schema.org/BreadcrumbList">${fCrumbs.map((c) => `<span class="crumb"><a href="./viewforum.php?f=${c.length}">${c}</a></span>`).join('')}
</li></ul></div></div></div>
<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=20417">${fTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=20417" class="button" title="Post a reply"><span>Post Reply</span></a>
<div class="search-box" role="search"><input class="inputbox search tiny" type="search" placeholder="Search this topic…"></div>
<div class="pagination">5 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
${fPosts.map(post).join('\n')}
<div class="action-bar bar-bottom"><a href="./viewtopic.php?t=20417&amp;view=print" title="Print view">Print view</a>
<div class="pagination">5 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=14" class="left-box arrow-left">Return to
“Wiring and DCC”</a></p></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 4 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><ul id="nav-footer" class="nav-footer linklist">
${links(fFoot)}</ul></div><div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by phpBB® Forum Software © phpBB
Limited</span></p><p class="footer-row"><span>Style by Arty</span></p></div></div>
<div class="cookie-notice" id="cookie-notice"><p>This board uses cookies to remember your login and preferences.</p>
<a class="button" href="#">Allow cookies</a></div></div>
<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=88"></script><script src="./assets/javascript/core.js?assets_version=88"></script>
</body></html>`;
const phpbb: TestPage = {
  name: 'heldout299-phpbb-prosilver-forum',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(body),
  bylines: [...new Set(fPosts.flatMap((p) => [p.user, p.date]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Branchline Modellers Forum', 'Layouts, locos and lineside: for railway modellers of every scale', ...fNav, ...fCrumbs, ...fActions, 'Quote',
    'Regular', 'Moderator', 'Member', 'Posts:', '6,018', `Re: ${fTitle}`, fPosts[1]?.sig ?? '', 'SignalBoxSue wrote:',
    'Return to “Wiring and DCC”', 'Who is online', 'Users browsing this forum: No registered users and 4 guests', ...fFoot,
    'Powered by phpBB® Forum Software © phpBB Limited', 'Style by Arty', 'This board uses cookies to remember your login and preferences.',
    'Allow cookies',
  ],
};

export const HELDOUT299_C: readonly TestPage[] = [phpbb, elementorPhoto];
