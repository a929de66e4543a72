import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 232, file e: a WikiTree profile (WikiTree header, profile tabs, the vital-record box with parents and
 * siblings, the Biography with its sections and Sources list, research notes box, DNA connections, the "Profile manager"
 * box, comments prompt and footer) and a family history forum thread on phpBB (header, breadcrumbs, thread title, posts
 * with author profiles, ranks and post counts, a quoted post, reply buttons, "Who is online" and footer).
 */
const wtTitle = 'Thomas Arkwright Pendle (1838 - 1907)';
const wtP1 = [
  `Thomas Arkwright Pendle was born on 4 May 1838 in Coldbeck, Lancashire, the third son of James Pendle, a handloom weaver, and
   his wife Ann Arkwright.[1] He was baptised at St Mary’s, Coldbeck, on 27 May the same year.`,
];
const wtH = ['Biography', 'Early life', 'Emigration', 'Sources'];
const wtP2 = [
  `By 1851 the family had moved to Preston, where Thomas, aged twelve, was working as a piecer in a cotton mill.[2] He married
   Hannah Birtwistle at Preston parish church in 1860, and the couple had four children there before the cotton famine of the
   early 1860s left the mills idle.`,
];
const wtP3 = [
  `In 1864 Thomas sailed alone for New York, and Hannah and the children followed two years later.[3] The family settled in Fall
   River, Massachusetts, where Thomas became an overseer in a weaving shed. He was naturalised in 1872 and died in Fall River on
   19 November 1907.`,
];
const wtSrc = [
  '↑ Coldbeck St Mary, baptisms 1838, entry 212.',
  '↑ 1851 England census, Preston, Lancashire, HO107/2251.',
  '↑ New York passenger lists, ship Cestria, arrived 3 September 1864.',
];
const wtNav = ['Home', 'Genealogy', 'Help', 'Login'];
const wtTabs = ['Profile', 'Edit', 'Family Tree', 'DNA', 'Images', 'Changes'];
const wtFam = ['Son of James Pendle and Ann (Arkwright) Pendle', 'Husband of Hannah (Birtwistle) Pendle — married 1860'];
const wtFoot = ['About WikiTree', 'Honor Code', 'Privacy', 'Terms of Service', 'Contact'];
const wtHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Thomas Pendle (1838-1907) | WikiTree FREE Family Tree</title>
<meta name="description" content="Thomas Arkwright Pendle was born 4 May 1838 in Coldbeck.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Thomas Arkwright Pendle"}</script>
<link rel="stylesheet" href="/css/wikitree.css"><script src="/js/jquery.js"></script></head><body class="mediawiki">
<div id="HEADER"><a href="/" class="logo">WikiTree</a><ul class="nav">${links(wtNav)}</ul></div>
<div id="content"><ul class="profile-tabs">${links(wtTabs)}</ul><div class="ten columns">
<div class="VITALS"><h1><span itemprop="name">${wtTitle}</span></h1><p>Born 4 May 1838 in Coldbeck, Lancashire, England</p>
<ul class="family">${wtFam.map((f) => `<li>${f}</li>`).join('')}</ul><p>Died 19 Nov 1907 in Fall River, Massachusetts, USA</p>
<p class="SMALL">Profile manager: <a href="#">Margaret Pendle Hoyt</a> private message · Last modified 12 Jan 2025</p>
<p class="SMALL">This page has been accessed 418 times.</p></div>
<div class="status"><p>Research note: Thomas is sometimes confused with a cousin of the same name born in 1839. See the comments.</p></div>
<h2>${wtH[0]}</h2>${ps(wtP1)}<h3>${wtH[1]}</h3>${ps(wtP2)}<h3>${wtH[2]}</h3>${ps(wtP3)}
<h2>${wtH[3]}</h2><ol class="references">${wtSrc.map((s) => `<li>${s}</li>`).join('')}</ol>
<div class="sharing"><span>Share</span><a href="#">Facebook</a><a href="#">Pinterest</a></div>
<div id="comments"><h2>Comments</h2><p>Leave a message for others who see this profile.</p><p>There are no comments yet.</p></div></div>
<div class="six columns"><div class="box"><h3>DNA Connections</h3><p>It may be possible to confirm family relationships with Thomas by
 comparing test results with other carriers of his Y-chromosome or his mother's mitochondrial DNA.</p></div>
<div class="box"><h3>Featured connections</h3><p>Thomas is 17 degrees from Jane Austen.</p></div></div></div>
<div id="footer"><ul>${links(wtFoot)}</ul><p>WikiTree is a community of genealogists growing an accurate collaborative family tree.</p></div>
</body></html>`;

const fmTitle = 'Grandfather’s army number doesn’t match his regiment?';
const fmPosts = [
  {
    who: 'hollyoak_gen',
    when: 'Tue Feb 04, 2025 8:12 pm',
    p: [
      `I have my grandfather’s medal card showing him in the Northshire Fusiliers with a six-digit number, but his discharge paper
       gives a four-digit number and a different regiment altogether. Same name, same birth year, same village. Am I looking at two
       different men or one man who moved?`,
      `He was born 1897 and I think enlisted in 1915. Any pointers welcome.`,
    ],
  },
  {
    who: 'CapBadge',
    when: 'Tue Feb 04, 2025 9:03 pm',
    p: [
      `Almost certainly the same man. Territorial Force soldiers were renumbered in early 1917 with six-digit numbers, so a four-digit
       number from 1915 and a six-digit one later is exactly what you would expect.`,
      `The different regiment is probably a transfer. Many men were moved between units after being wounded. Check whether the medal
       card lists both numbers; it often does.`,
    ],
  },
  {
    who: 'hollyoak_gen',
    when: 'Wed Feb 05, 2025 7:40 am',
    p: [
      `Thank you! Looking again, there is a second number in faint pencil under the first. So he was renumbered and then transferred.
       That also explains why I could not find him in the battalion diary for 1918.`,
    ],
  },
];
const fmQuote = 'Check whether the medal card lists both numbers; it often does.';
const fmCrumbs = ['Board index', 'Military Records', 'First World War'];
const fmNav = ['FAQ', 'Register', 'Login', 'Search'];
const fmFoot = ['Contact us', 'The team', 'Delete cookies', 'All times are UTC'];
const postHtml = (x: { who: string; when: string; p: string[] }, i: number): string =>
  `<div id="p${1000 + i}" class="post has-profile bg${(i % 2) + 1}"><div class="inner"><dl class="postprofile"><dt><a class="username"
 href="#">${x.who}</a></dt><dd class="profile-rank">${i === 1 ? 'Moderator' : 'Regular Member'}</dd><dd class="profile-posts">Posts: ${
   i === 1 ? '4812' : '57'
 }</dd></dl><div class="postbody"><h3><a href="#">Re: ${fmTitle}</a></h3><p class="author">by <strong>${x.who}</strong> » ${x.when}</p>
<div class="content">${i === 2 ? `<blockquote><cite>CapBadge wrote:</cite>${fmQuote}</blockquote>` : ''}${ps(x.p)}</div>
<ul class="post-buttons"><li><a href="#">Quote</a></li><li><a href="#">Report</a></li></ul></div></div></div>`;
const fmHtml = `<!DOCTYPE html><html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><title>${fmTitle} - Dalesfolk Family History Forum</title>
<link href="./styles/prosilver/theme/stylesheet.css" rel="stylesheet"><script src="./assets/javascript/jquery-3.6.0.min.js"></script>
</head><body id="phpbb" class="section-viewtopic ltr"><div id="wrap" class="wrap"><div id="page-header"><div class="headerbar" role="banner">
<a id="logo" href="./index.php">Dalesfolk Family History Forum</a><p class="site-description">Tracing families of the northern dales</p></div>
<div class="navbar" role="navigation"><ul class="nav-main">${links(fmNav)}</ul><ul id="nav-breadcrumbs">${links(fmCrumbs)}</ul></div></div>
<div id="page-body" class="page-body" role="main"><h2 class="topic-title"><a href="#">${fmTitle}</a></h2>
<div class="action-bar bar-top"><a class="button" href="#">Post Reply</a><span class="pagination">3 posts • Page 1 of 1</span></div>
${fmPosts.map(postHtml).join('\n')}<div class="action-bar bar-bottom"><a class="button" href="#">Post Reply</a>
<a href="#">Return to “First World War”</a></div><div class="stat-block online-list"><h3>Who is online</h3>
<p>Users browsing this forum: No registered users and 3 guests</p></div></div>
<div id="page-footer"><ul>${links(fmFoot)}</ul><p>Powered by phpBB® Forum Software © phpBB Limited</p></div></div></body></html>`;

export const HELDOUT232_E: readonly TestPage[] = [
  {
    name: 'heldout232-wikitree-profile-wiki',
    kind: 'wiki',
    html: wtHtml,
    title: wtTitle,
    headings: wtH,
    body: texts([...wtP1, ...wtP2, ...wtP3, ...wtSrc]),
    bylines: ['Last modified 12 Jan 2025'],
    furniture: [
      ...wtNav,
      ...wtTabs.filter((t) => t !== 'Profile'),
      'Born 4 May 1838 in Coldbeck, Lancashire, England',
      ...wtFam,
      'Died 19 Nov 1907 in Fall River, Massachusetts, USA',
      'This page has been accessed 418 times.',
      'Research note: Thomas is sometimes confused with a cousin of the same name born in 1839. See the comments.',
      'Pinterest',
      'Comments',
      'Leave a message for others who see this profile.',
      'There are no comments yet.',
      'DNA Connections',
      'Featured connections',
      'Thomas is 17 degrees from Jane Austen.',
      ...wtFoot,
      'WikiTree is a community of genealogists growing an accurate collaborative family tree.',
    ],
  },
  {
    name: 'heldout232-phpbb-family-history-thread-forum',
    kind: 'forum',
    html: fmHtml,
    title: fmTitle,
    headings: [],
    body: texts(fmPosts.flatMap((x) => x.p)),
    bylines: [...new Set(fmPosts.map((x) => x.who)), ...fmPosts.map((x) => x.when)],
    furniture: [
      'Dalesfolk Family History Forum',
      'Tracing families of the northern dales',
      ...fmNav,
      ...fmCrumbs,
      'Post Reply',
      '3 posts • Page 1 of 1',
      'Moderator',
      'Regular Member',
      'Posts: 4812',
      'Posts: 57',
      'Quote',
      'Report',
      'Return to “First World War”',
      'Who is online',
      'Users browsing this forum: No registered users and 3 guests',
      ...fmFoot,
      'Powered by phpBB® Forum Software © phpBB Limited',
    ],
  },
];
