import { type TestPage, texts } from './page-kit.js';
import { facebookPublicPost } from './pages-heldout35-d2.js';

/**
 * Held-out batch 35, file d: a Nabble mailing-list archive thread in the classic view (top bar with breadcrumbs, the
 * guest's Log In / Register, search box with its scope select, the "Classic / List / Threaded" switch and the Options menu,
 * "5 messages", one table per post with author name, avatar and post count, script-rendered dates, a shrinkable quote with
 * "[show rest of quote]", Mailman list footers in the archived mails, "Reply | Threaded | Open this post in threaded view"
 * bars, "« Return to ..." with the view count and the "Free forum by Nabble" footer).
 */
const nbTitle = 'Reprojecting a shapefile shifts everything about 100 m east';
const nbM1 = [
  'Hello list,',
  'I’m converting a set of parcel boundaries from our national grid (a transverse Mercator projection) to WGS 84 so I can overlay ' +
    'them on a web map. After reprojecting with the Reproject Layer tool, everything lands about 100 m east and 60 m north of where ' +
    'it should be, consistently across the whole county.',
  'The source shapefile has a .prj file, and Fernbrake reads it as the correct projection. Is there a setting I’m missing?',
  'Thanks, Helga',
];
const nbM2 = [
  'A consistent shift of around 100 m is the classic sign of a missing datum transformation. Your national grid is probably on an ' +
    'older local datum, and without a transformation Fernbrake treats it as if it were already on WGS 84.',
  'Open Settings &gt; Transformations and check whether a grid-shift file is installed for your datum. If the list is empty, install ' +
    'the transformation package from the plugin manager and run the reprojection again.',
];
const nbM3 = [
  'Thank you, that was it. The transformation list was empty. After installing the package the parcels line up within half a metre ' +
    'of the aerial imagery, which is as good as the source data gets. It seems whoever set up this machine before me had left the ' +
    'package out to save disk space.',
  'Would it make sense for Fernbrake to warn when a layer’s datum differs and no transformation is available? I would never have ' +
    'guessed this from the result.',
];
const nbM4 = [
  'There is an open ticket for exactly that warning (#2291). A patch was proposed last year but stalled on how to word the message ' +
    'so it doesn’t alarm people reprojecting between two datums that really are identical. If you have opinions on the wording, ' +
    'comments on the ticket would be welcome.',
];
const nbM5 = [
  'And for next time: the Information tab in Layer Properties lists the datum of both the layer and the project, which makes this ' +
    'kind of mismatch much easier to spot before you reproject anything.',
];
const nbListFoot = `<br>_______________________________________________<br>Fernbrake-users mailing list<br>Fernbrake-users@lists.fernbrake.org<br>\
<a href="https://lists.fernbrake.org/mailman/listinfo/fernbrake-users" target="_top" rel="nofollow" link="external">\
https://lists.fernbrake.org/mailman/listinfo/fernbrake-users</a>`;
type NbPost = { id: number; user: number; name: string; posts: string; ts: number; date: string; text: string; sub?: string };
const nbPost = (p: NbPost): string => `
<div class="classic-row" id="classic-row${p.id}"><table class="classic-table light-border-color" id="post${p.id}" cellspacing="0"><tr>
<td class="classic-author-name nowrap"><a href="/template/NamlServlet.jtp?macro=user_nodes&amp;user=${p.user}">${p.name}</a></td>
<td class="classic-subject-line"><span class="classic-subject">${p.sub ?? `Re: ${nbTitle}`}</span><span class="post-date float-right">
<span id="d${p.ts}-${p.id % 1000}">${p.date}</span><script type="text/javascript">Nabble.get('d${p.ts}-${p.id % 1000}').innerHTML= \
Nabble.formatDateLong(new Date(${p.ts}));</script></span></td></tr><tr><td class="classic-left-column"><div class="avatar-outer">
<a href="/template/NamlServlet.jtp?macro=user_nodes&amp;user=${p.user}"><img class="avatar medium-border-color" src="/images/avatar100.png" height="60"
 width="60" alt="${p.name}" title="${p.name}"></a></div><div class="avatar-label weak-color"><a href="/template/NamlServlet.jtp?macro=user_nodes&amp;\
user=${p.user}">${p.posts}</a></div></td><td class="classic-right-column"><div id="message${p.id}" class="message-text adbayes-content">${p.text}</div>
<div class="classic-bar"><div class="classic-header"><div class="float-left"><span class="nowrap"><a href="/template/NamlServlet.jtp?macro=reply&amp;\
node=${p.id}" rel="nofollow">Reply</a></span> | <span class="nowrap"><a href="/${p.id}.html">Threaded</a></span></div>
<div class="float-right"><a href="/Reprojecting-tp${p.id}.html" class="nowrap">Open this post in threaded view</a>&nbsp;<span class="more-menu">More \
options</span>
</div></div></div></td></tr></table></div>`;
const nbQuote = (who: string, text: string): string =>
  `<div class="shrinkable-quote"><div class="quote light-border-color"><div class="quote-author" style="font-weight: bold;">${who} wrote</div>\
<div class="quote-message">${text}</div></div><div class="shrinkable-quote-header">&nbsp;...&nbsp;<a href="#" onclick="return Nabble.toggleQuote(this)">\
[show rest of quote]</a></div></div>`;
const nbHtml = `<!DOCTYPE html>
<html lang="en"><head><title>Fernbrake GIS - Users - ${nbTitle}</title>
<META NAME="description" CONTENT="${nbTitle}. I’m converting a set of parcel boundaries from our national grid"><META NAME="keywords" CONTENT="reprojecting, \
shapefile">
<link rel="stylesheet" href="/nabble.css?v=29" type="text/css"><script src="/util/nabble.js?v=1"></script><style type="text/css">
.classic-author-name{width:140px} .avatar-label{font-size:80%} div.nabble td.classic-right-column{padding:.5em 1em}</style></head>
<body><div class="nabble macro_classic_forum_topic" id="nabble"><div class="top-bar"><div class="breadcrumbs" style="float:left">
<a href="/" class="nowrap">Fernbrake GIS</a> <span> › </span> <a href="/Fernbrake-GIS-Users-f3.html" class="nowrap">Fernbrake GIS - Users</a></div>
<div style="text-align:right;"><span style="white-space:nowrap;" id="nabble-user-header"><a href="/template/NamlServlet.jtp?macro=sign_in" rel="nofollow">\
Log In</a> | <a href="/template/NamlServlet.jtp?macro=register" rel="nofollow">Register</a></span></div></div>
<div id="search-box" class="search-box float-right"><form action="/template/NamlServlet.jtp"><input name="query" size="18" class="medium-border-color">
<input type="submit" value="Search"><select name="searchIn"><option>everywhere</option><option selected>only in this topic</option></select></form>
<a href="/template/NamlServlet.jtp?macro=adv_search_page" rel="nofollow">Advanced Search</a></div>
<h1 id="post-title" class="adbayes-content">${nbTitle}</h1>
<div class="topic-buttons"><span class="nowrap"><b>Classic</b></span> <a href="/Reprojecting-tp7041.html">List</a>
<a href="/Reprojecting-td7041.html">Threaded</a> <span class="post-count">5 messages</span>
<div class="dropdown"><span class="dropdown-label">Options</span><div class="dropdown-menu" style="display:none">
<a href="#">Post a new topic</a><a href="#">Subscribe via email</a><a href="#">Embed this topic</a><a href="#">Print this topic</a></div></div></div>
${nbPost({
  id: 7041,
  user: 5518,
  name: 'Helga Nordin',
  posts: '12 posts',
  ts: 1767885120000,
  date: 'Jan 08, 2026; 3:12pm',
  text: nbM1.join('<br><br>'),
  sub: nbTitle,
})}
${nbPost({
  id: 7043,
  user: 112,
  name: 'Rolf Achterberg',
  posts: '1,027 posts',
  ts: 1767890400000,
  date: 'Jan 08, 2026; 4:40pm',
  text: `${nbQuote('Helga Nordin', 'After reprojecting with the Reproject Layer tool, everything lands about 100 m east and 60 m north')}<br>\
${nbM2.join('<br><br>')}\
<br><br>-- <br>Rolf Achterberg | Fernbrake GIS steering committee${nbListFoot}`,
})}
${nbPost({ id: 7052, user: 5518, name: 'Helga Nordin', posts: '12 posts', ts: 1767945900000, date: 'Jan 09, 2026; 9:05am', text: nbM3.join('<br><br>') })}
${nbPost({
  id: 7055,
  user: 87,
  name: 'Sam Oduya',
  posts: '344 posts',
  ts: 1767955860000,
  date: 'Jan 09, 2026; 11:51am',
  text: `${nbQuote('Helga Nordin', 'Would it make sense for Fernbrake to warn when a layer’s datum differs')}<br>${nbM4[0]}${nbListFoot}`,
})}
${nbPost({ id: 7058, user: 112, name: 'Rolf Achterberg', posts: '1,027 posts', ts: 1767961800000, date: 'Jan 09, 2026; 1:30pm', text: nbM5.join('') })}
<div class="return-link"><a href="/Fernbrake-GIS-Users-f3.html">« Return to Fernbrake GIS - Users</a>&nbsp;|&nbsp;<span class="weak-color">418 views</span>\
</div>
<div id="nabble-footer" class="nabble-footer"><a href="https://www.nabble.com/" target="_top">Free forum by Nabble</a> |
<a href="/template/NamlServlet.jtp?macro=disable_ads" rel="nofollow">Disable Popup Ads</a> | <a href="/template/NamlServlet.jtp?macro=macro_viewer"
 rel="nofollow">Edit this page</a></div><div id="loading" class="shaded-bg-color" style="display:none">Loading...</div></div>
<script type="text/javascript">Nabble.setView('classic'); Nabble.hideQuotes();</script></body></html>`;
const nabbleThread: TestPage = {
  html: nbHtml,
  name: 'heldout35-nabble-thread',
  kind: 'forum',
  // the five mails are body, with Helga's greeting and sign-off; the two quotes ("... wrote" blocks, shrunk by a toggle) are in
  // neither; names and the script-written dates are bylines; Rolf's "-- " signature and the Mailman list footer in the
  // archived mails are furniture, as are post counts, the view switch, Options menu, search, the reply bars, "5 messages",
  // the return link with its view count and the Nabble footer; the view switch's "Classic", "List" and "Threaded" are left out ("classic" and
  // "list" are words of the posts, and "Threaded" is in the reply bars' longer "Open this post in threaded view")
  title: nbTitle,
  headings: [],
  body: texts([...nbM1, ...nbM2, ...nbM3, ...nbM4, ...nbM5]),
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'Helga Nordin', 'Jan 08, 2026; 3:12pm', 'Rolf Achterberg', 'Jan 08, 2026; 4:40pm', 'Jan 09, 2026; 9:05am', 'Sam Oduya', 'Jan 09, 2026; 11:51am',
    'Jan 09, 2026; 1:30pm',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fernbrake GIS', 'Fernbrake GIS - Users', 'Log In', 'Register', 'everywhere', 'only in this topic', 'Advanced Search', '5 messages', 'Options',
    'Post a new topic', 'Subscribe via email', 'Embed this topic', 'Print this topic', '12 posts', '1,027 posts', '344 posts',
    'Re: Reprojecting a shapefile shifts everything about 100 m east', 'Reply', 'Open this post in threaded view', 'More options', '[show rest of quote]',
    'Fernbrake GIS steering committee', 'Fernbrake-users mailing list', 'Fernbrake-users@lists.fernbrake.org',
    'https://lists.fernbrake.org/mailman/listinfo/fernbrake-users', '« Return to Fernbrake GIS - Users', '418 views', 'Free forum by Nabble',
    'Disable Popup Ads', 'Edit this page', 'Loading...',
  ],
};

export const HELDOUT35_D: readonly TestPage[] = [nabbleThread, facebookPublicPost];
