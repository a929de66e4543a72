import { ps, texts, type TestPage } from './page-kit.js';

/**
 * Held-out batch 5 (forum, wiki), written in session 9 before any measurement and without
 * looking at the reader's rules: a Reddit thread in the 2024-2025 shreddit markup (custom
 * elements, vote bars, community sidebar, a promoted post) and a Wikipedia article in the
 * Vector 2022 skin (hatnote, infobox, edit links, references, navbox, categories).
 */
const question = [
  'Set a pot of pasta down on our walnut dining table last night without a trivet (I know, I know) and now there is a ' +
    'milky white ring about eight inches across. The table is about six years old, finished with what the maker called ' +
    'an oil and wax blend. The wood underneath feels smooth, nothing is raised or cracked.',
  'Is this something I can fix myself, or do I need to have the top refinished? I would rather not sand if I can avoid it.',
  'EDIT: For anyone who finds this later, the hair dryer got almost all of it over two evenings, and a thin coat of the ' +
    'same oil blended the last faint patch in. You cannot see where it was unless the light is very low.',
];
const replies: ReadonlyArray<[string, string, string[]]> = [
  [
    'grainandgrit',
    '311',
    [
      'That white ring is moisture trapped in the top layer of the finish, not damage to the wood. Good news: it is ' + 'usually fixable without sanding.',
      'Try a hair dryer on medium heat first, held a few inches away and kept moving. Give it ten minutes. Often the ' +
        'haze just fades as the moisture escapes. If it gets smaller but does not disappear, let it rest and go again the next day.',
    ],
  ],
  ['maple_and_mortise', '96', ['Hair dryer worked on about two thirds of it in one go. Going to try again tonight for the rest. Thank you!']],
  [
    'oldbench_eddie',
    '142',
    [
      'If heat does not get it all, rub it with a bit of the same oil and wax finish on a soft cloth, along the grain. ' +
        'On an oil finish you can blend new finish into old without any lap marks, which is the whole reason people choose it.',
      'Skip the mayonnaise and toothpaste tricks you will find online. They can work on lacquer but on a wax finish they ' +
        'leave a greasy patch that collects dust.',
    ],
  ],
];
/** A comment's element, left open for its replies. */
const commentHtml = ([author, score, paras]: (typeof replies)[number], i: number): string =>
  `<shreddit-comment author="${author}" depth="${i === 1 ? 1 : 0}" score="${score}" thingid="t1_k${i}"><div slot="commentMeta"\
 class="flex items-center"><a class="font-bold text-neutral-content-strong">${author}</a>${i === 1 ? '<span class="op-badge">OP</span>' : ''}<span\
 class="inline-block">•</span><faceplate-timeago ts="2025-01-19T18:0${i}:00.000Z"><time>3mo ago</time></faceplate-timeago></div>
<div slot="comment" class="py-0 xs:mx-xs"><div id="t1_k${i}-comment-rtjson-content" class="md text-14 rounded-[8px] pb-2xs">${ps(paras)}</div></div>
<shreddit-comment-action-row slot="actionRow" score="${score}"><button upvote="">${score}</button><button>Reply</button><button>Award</button>\
<button>Share</button></shreddit-comment-action-row>`;
// the OP's reply is nested in the first comment, as shreddit nests a reply inside its parent
const commentTree = `${commentHtml(replies[0]!, 0)}${commentHtml(replies[1]!, 1)}</shreddit-comment></shreddit-comment>
${commentHtml(replies[2]!, 2)}</shreddit-comment>`;
const reddit: TestPage = {
  name: 'heldout5-reddit-thread',
  kind: 'forum',
  // gold: the post title and text and every comment's text (the thread is the article); user names, ages, votes and buttons are not
  title: 'Hot pot left a white ring on our walnut table. Can I fix it without sanding?',
  headings: [],
  body: [...texts(question), ...replies.flatMap(([, , p]) => p)],
  bylines: ['maple_and_mortise', 'grainandgrit', 'oldbench_eddie', '3 mo. ago', '3mo ago'],
  furniture: [
    'Skip to main content',
    'Open menu',
    'Get App',
    'Log In',
    'Popular',
    'Explore',
    'RESOURCES',
    'About Reddit',
    'Advertise',
    'Best of Reddit',
    'r/woodworking',
    'Finishing',
    '842',
    'Award',
    'Share',
    'Sort by:',
    'Search Comments',
    'Add a comment',
    'Reply',
    'OP',
    'More replies',
    'Promoted',
    'Every tool in our spring sale is 30% off until Sunday. Free shipping on orders over $50.',
    'Join',
    'A place to share your projects, ask questions and learn from other woodworkers.',
    '4.2M',
    'Members',
    'Online',
    'Rules',
    'Be civil and constructive',
    'Reddit Rules',
    'User Agreement',
    'Reddit, Inc. © 2025. All rights reserved.',
  ],
  html: `<!DOCTYPE html><html lang="en-US"><head><title>Hot pot left a white ring on our walnut table. Can I fix it without sanding? : r/woodworking\
</title></head><body class="v2"><shreddit-app pagetype="post_detail" routename="post_page"><a class="sr-only" href="#main-content">Skip to main content</a>
<reddit-header-large><header class="v2 flex items-center"><button aria-label="Open menu">Open menu</button><a aria-label="Home">reddit</a><reddit-search-large>\
<input placeholder="Search in r/woodworking"></reddit-search-large><a class="button-secondary">Get App</a><a id="login-button">Log In</a></header>\
</reddit-header-large>
<flex-left-nav-container><nav aria-label="Primary"><ul><li><a>Home</a></li><li><a>Popular</a></li><li><a>Explore</a></li></ul><faceplate-expandable-section>\
<summary>RESOURCES</summary><ul><li><a>About Reddit</a></li><li><a>Advertise</a></li><li><a>Best of Reddit</a></li></ul></faceplate-expandable-section></nav>\
</flex-left-nav-container>
<div class="main-container"><main class="main w-full" id="main-content"><shreddit-post author="maple_and_mortise" comment-count="37" score="842"\
 post-title="Hot pot left a white ring on our walnut table. Can I fix it without sanding?" subreddit-prefixed-name="r/woodworking" post-type="text">
<div slot="credit-bar" class="flex items-center"><a class="font-bold">r/woodworking</a><span>•</span><faceplate-timeago ts="2025-01-19T16:42:11Z"><time\
 datetime="2025-01-19T16:42:11.000Z">3 mo. ago</time></faceplate-timeago><a class="author-name">maple_and_mortise</a></div>
<h1 slot="title" id="post-title-t3_1i4x" class="font-semibold text-neutral-content-strong">Hot pot left a white ring on our walnut table. Can I fix it\
 without sanding?</h1><shreddit-post-flair slot="post-flair"><a><span class="flair-content">Finishing</span></a></shreddit-post-flair>
<div slot="text-body" class="text-neutral-content"><div class="md text-14" id="t3_1i4x-post-rtjson-content">${ps(question)}</div></div>
<div slot="action-row"><button upvote="">842</button><button>37</button><button>Award</button><button>Share</button></div></shreddit-post>
<shreddit-ad-post class="promotedlink" domain="timberline-tools.example"><span class="promoted-label">Promoted</span><p>Every tool in our spring sale is\
 30% off until Sunday. Free shipping on orders over $50.</p><a class="button">Shop Now</a></shreddit-ad-post>
<comment-body-header><shreddit-sort-dropdown><span>Sort by:</span><button>Best</button></shreddit-sort-dropdown><faceplate-search-input\
 placeholder="Search Comments"></faceplate-search-input><button>Search Comments</button><faceplate-textarea-input placeholder="Add a comment">\
<button>Add a comment</button></faceplate-textarea-input></comment-body-header>
<shreddit-comment-tree id="comment-tree">${commentTree}<faceplate-partial><button>More replies</button></faceplate-partial>\
</shreddit-comment-tree></main>
<aside class="right-sidebar"><shreddit-subreddit-header><h2>r/woodworking</h2><button>Join</button><p class="text-14">A place to share your projects, ask\
 questions and learn from other woodworkers.</p><div class="flex"><faceplate-number number="4200000">4.2M</faceplate-number> <span>Members</span>\
<faceplate-number>312</faceplate-number> <span>Online</span></div></shreddit-subreddit-header><div class="rules"><h2>Rules</h2><ol><li>Be civil and\
 constructive</li><li>No self-promotion outside the weekly thread</li></ol></div>
<div class="legal-links"><a>Reddit Rules</a> <a>Privacy Policy</a> <a>User Agreement</a><p>Reddit, Inc. © 2025. All rights reserved.</p></div></aside>\
</div></shreddit-app></body></html>`,
};

const cite = (p: string): string =>
  p.replace(/\{(\d+)\}/g, (_, n: string) => `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}">[${n}]</a></sup>`);
const uncite = (p: string): string => p.replace(/\{\d+\}/g, '');
const lead = [
  '<b>Corran Mhor Lighthouse</b> is an active lighthouse on the northern tip of the island of Eilean Corran, off the west ' +
    'coast of Scotland. It marks the entrance to the Sound of Corran, a narrow channel used by ferries and fishing boats.{1}',
  'The tower was designed by the engineer David Alan Stevenson and first lit in 1889. It was automated in 1991 and is ' +
    'now operated remotely by the Northern Lighthouse Board.{2}',
];
const history = [
  'A light at the entrance to the sound was first proposed in 1871, after two cargo ships were wrecked on the reef below ' +
    'the headland in a single winter. Disputes over who should pay for it delayed work for more than a decade.{3}',
  'Construction began in 1886. Stone for the tower was quarried on the island itself, while the lantern and lens were ' +
    'brought by sea from Edinburgh. Three keepers and their families lived in the cottages at the foot of the tower ' +
    'until the station was automated.',
  'In 1991 the light was converted to automatic operation, and the last keepers left the island in March of that year. ' +
    'The original lens was removed in 2004 and replaced with a modern LED lantern.{4}',
];
const design = [
  'The tower is 22 metres tall and built of whitewashed rubble masonry, with a corbelled gallery and a black lantern. ' +
    'Its light shows two white flashes every fifteen seconds and can be seen for 18 nautical miles in clear weather.',
  'A compressed-air fog signal was added to the station in 1903, sounding from a horn house on the cliff edge below the ' +
    'tower. It was discontinued in 1987, and the horn house is now a ruin.',
  "The keepers' cottages are now privately owned and let as holiday accommodation. The tower itself is not open to the public.{5}",
];
const wiki: TestPage = {
  name: 'heldout5-wikipedia-vector2022',
  kind: 'wiki',
  // gold: title, lead and section paragraphs with their headings (without the [n] markers);
  // hatnote, infobox, captions, references, external links, navbox, categories and chrome are furniture
  title: 'Corran Mhor Lighthouse',
  headings: ['History', 'Automation', 'Design'],
  body: [...lead, ...history, ...design].map(uncite).map((p) => texts([p])[0] ?? ''),
  bylines: ['From Wikipedia, the free encyclopedia', 'This page was last edited on 14 November 2024, at 09:12 (UTC).'],
  furniture: [
    'Jump to content',
    'Main menu',
    'Donate',
    'Create account',
    'Log in',
    'Contents',
    'hide',
    '(Top)',
    '4 languages',
    'Article',
    'Talk',
    'Read',
    'View history',
    'Tools',
    'For the mountain of the same name, see Corran Mhor (hill).',
    'Corran Mhor Lighthouse from the south in 2016',
    'Location',
    'Eilean Corran, Argyll and Bute, Scotland',
    'Coordinates',
    'Constructed',
    'Focal height',
    'Characteristic',
    'Fl (2) W 15s',
    'edit',
    'Lantern room of the lighthouse before the LED conversion',
    'References',
    'Stevenson, D. A. (1892). The Lighthouses of the West Coast. Edinburgh: Black. p. 114.',
    '"Corran Mhor". Northern Lighthouse Board. Retrieved 2 May 2023.',
    'External links',
    'Lighthouses in Argyll and Bute',
    'Categories',
    'Lighthouses completed in 1889',
    'Retrieved from "https://en.wikipedia.org/w/index.php?title=Corran_Mhor_Lighthouse&oldid=1257441209"',
    'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply.',
    'Privacy policy',
    'Disclaimers',
    'Mobile view',
  ],
  html: `<!DOCTYPE html><html class="client-nojs vector-feature-limited-width-clientpref-1" lang="en" dir="ltr"><head><title>Corran Mhor Lighthouse -\
 Wikipedia</title></head><body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr ns-0 page-Corran_Mhor_Lighthouse">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header"><div\
 class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div class="vector-dropdown vector-main-menu-dropdown"><label\
 class="vector-dropdown-label" aria-label="Main menu"><span class="vector-dropdown-label-text">Main menu</span></label></div></nav><a class="mw-logo">\
<span class="mw-logo-wordmark">Wikipedia</span><span class="mw-logo-tagline">The Free Encyclopedia</span></a></div><div class="vector-header-end"><div\
 id="p-search" class="vector-search-box"><input placeholder="Search Wikipedia" aria-label="Search Wikipedia"></div><nav class="vector-user-links"><ul><li>\
<a>Donate</a></li><li><a>Create account</a></li><li><a>Log in</a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><nav id="mw-panel-toc" aria-label="Contents"\
 class="vector-toc-landmark"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header"><h2\
 class="vector-pinnable-header-label">Contents</h2><button class="vector-unpin-element">hide</button></div><ul class="vector-toc-contents"><li><a><div\
 class="vector-toc-text">(Top)</div></a></li><li><a><div class="vector-toc-text"><span class="vector-toc-numb">1</span><span>History</span></div></a><ul>\
<li><a><div class="vector-toc-text"><span class="vector-toc-numb">1.1</span><span>Automation</span></div></a></li></ul></li><li><a><div\
 class="vector-toc-text"><span class="vector-toc-numb">2</span><span>Design</span></div></a></li><li><a><div class="vector-toc-text"><span\
 class="vector-toc-numb">3</span><span>References</span></div></a></li></ul></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"\
 class="firstHeading mw-first-heading"><span class="mw-page-title-main">Corran Mhor Lighthouse</span></h1><div id="p-lang-btn" class="vector-dropdown\
 mw-portlet mw-portlet-lang"><span class="vector-dropdown-label-text">4 languages</span></div></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li class="selected"><a>Article</a></li><li><a>Talk</a></li></ul></nav><nav\
 aria-label="Views"><ul><li class="selected"><a>Read</a></li><li><a>Edit</a></li><li><a>View history</a></li></ul></nav><div class="vector-dropdown"><span\
 class="vector-dropdown-label-text">Tools</span></div></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div><div id="contentSub"></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr"><div class="shortdescription nomobile\
 noexcerpt noprint searchaux" style="display:none">Lighthouse in Argyll and Bute, Scotland</div>
<div role="note" class="hatnote navigation-not-searchable">For the mountain of the same name, see <a>Corran Mhor (hill)</a>.</div>
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">Corran Mhor Lighthouse</th></tr><tr><td colspan="2" class="infobox-image"><span\
 class="mw-default-size"><img src="//upload.wikimedia.org/corran.jpg" width="220" height="293"></span><div class="infobox-caption">Corran Mhor Lighthouse\
 from the south in 2016</div></td></tr><tr><th scope="row" class="infobox-label">Location</th><td class="infobox-data">Eilean Corran, Argyll and Bute,\
 Scotland</td></tr><tr><th class="infobox-label">Coordinates</th><td class="infobox-data"><span class="geo-dms">56°41′N 5°52′W</span></td></tr><tr><th\
 class="infobox-label">Constructed</th><td class="infobox-data">1886–1889</td></tr><tr><th class="infobox-label">Focal height</th><td\
 class="infobox-data">31 m</td></tr><tr><th class="infobox-label">Characteristic</th><td class="infobox-data">Fl (2) W 15s</td></tr></tbody></table>
${ps(lead.map(cite))}<meta property="mw:PageProp/toc">
<div class="mw-heading mw-heading2"><h2 id="History">History</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a\
 title="Edit section: History"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>${ps(history.slice(0, 2).map(cite))}
<div class="mw-heading mw-heading3"><h3 id="Automation">Automation</h3><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a><span>\
edit</span></a><span class="mw-editsection-bracket">]</span></span></div><figure class="mw-default-size" typeof="mw:File/Thumb"><a class="mw-file-description">\
<img src="//upload.wikimedia.org/lantern.jpg" class="mw-file-element"></a><figcaption>Lantern room of the lighthouse before the LED conversion</figcaption>\
</figure>${ps(history.slice(2).map(cite))}
<div class="mw-heading mw-heading2"><h2 id="Design">Design</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a><span>edit\
</span></a><span class="mw-editsection-bracket">]</span></span></div>${ps(design.map(cite))}
<div class="mw-heading mw-heading2"><h2 id="References">References</h2></div><div class="reflist"><div class="mw-references-wrap"><ol class="references">\
<li id="cite_note-1"><span class="mw-cite-backlink"><b><a>^</a></b></span> <span class="reference-text"><cite class="citation book cs1">Stevenson, D. A.\
 (1892). <i>The Lighthouses of the West Coast</i>. Edinburgh: Black. p. 114.</cite></span></li><li id="cite_note-2"><span class="mw-cite-backlink"><b><a>^\
</a></b></span> <span class="reference-text"><cite class="citation web cs1">"Corran Mhor". Northern Lighthouse Board. Retrieved 2 May 2023.</cite></span>\
</li></ol></div></div>
<div class="mw-heading mw-heading2"><h2 id="External_links">External links</h2></div><ul><li><a class="external text">Northern Lighthouse Board: Corran\
 Mhor</a></li></ul>
<div role="navigation" class="navbox" aria-labelledby="Lighthouses_in_Argyll"><table class="nowraplinks navbox-inner"><tbody><tr><th colspan="2"\
 class="navbox-title"><div class="navbar plainlinks hlist navbar-mini"><ul><li class="nv-view"><a><abbr title="View this template">v</abbr></a></li><li\
 class="nv-talk"><a><abbr>t</abbr></a></li><li class="nv-edit"><a><abbr>e</abbr></a></li></ul></div><div id="Lighthouses_in_Argyll">Lighthouses in Argyll\
 and Bute</div></th></tr><tr><td class="navbox-list"><div><ul><li><a>Ardnamurchan</a></li><li><a>Lismore</a></li><li><a>Rubha nan Gall</a></li><li><a>\
Skerryvore</a></li></ul></div></td></tr></tbody></table></div></div></div>
<div class="printfooter">Retrieved from "https://en.wikipedia.org/w/index.php?title=Corran_Mhor_Lighthouse&amp;oldid=1257441209"</div>
<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a>Categories</a>: <ul><li><a>Lighthouses completed in 1889</a>\
</li><li><a>Lighthouses in Argyll and Bute</a></li></ul></div></div></div></main></div></div></div>
<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 14 November 2024, at 09:12 (UTC).</li>\
<li id="footer-info-copyright">Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply.</li></ul><ul\
 id="footer-places"><li><a>Privacy policy</a></li><li><a>About Wikipedia</a></li><li><a>Disclaimers</a></li><li><a>Mobile view</a></li></ul></footer>\
</body></html>`,
};

export const HELDOUT5_F: readonly TestPage[] = [reddit, wiki];
