import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 143, file d2: a Typepad post on a long-running personal blog (the banner with blog name and description,
 * the "« Previous | Main | Next »" content nav, the date header above the entry, the h3 entry header, entry body and
 * entry-more, the entry footer "Posted by ... on ... in ... | Permalink", "Tags:", the Reblog and share links, the comments
 * block with the comment feed note, three comments with their "Posted by:" lines, the "Post a comment" form with its
 * moderation note and labels, the right column of sidebar modules (about, search, recent posts, categories, archives,
 * "Subscribe to this blog's feed") and "Blog powered by Typepad").
 */
const blog = 'Notes from Dunmore Street';
const title = 'The swifts are back, and so is the argument about the eaves';
const p1 = [
  'They came back on the evening of the ninth, the same week as last year and the year before. I was in the garden at about ' +
    'half past eight when I heard the first scream overhead and looked up to see four of them tearing down the street at ' +
    'roof height, the way they do, as if they had never been away.',
  'By the weekend I had counted eleven. That is two more than last summer and, as far as I can tell from my notebooks, the ' +
    'most we have had on Dunmore Street since 2011.',
];
const more = [
  'Regular readers will know that the swifts nest under the eaves of numbers 14, 16 and 22, in the gaps where the old soffit ' +
    'boards have shrunk away from the wall. Regular readers will also know that number 16 has been sold.',
  'The new owners are perfectly nice people. They have plans for the house, and those plans include new fascias and soffits ' +
    'all round, which is the usual way a colony of swifts disappears: not with any ill will, just with a roofer and a tidy job.',
  'I went round with a bottle of wine and a printout from the county bird club, and we had a long and friendly talk on the ' +
    'doorstep. They had no idea the birds were there. To their great credit, they have agreed to three things:',
];
const list = [
  'the roof work will wait until the birds leave in August;',
  'the roofer will leave the two gaps the swifts use, or fit swift bricks in the same place;',
  'and I am allowed to come and count them from their back garden.',
];
const p2 = [
  'I am told the swift bricks cost about thirty pounds each and take ten minutes to fit during a job that is happening anyway. ' +
    'If you know someone having their roof done, and you have ever heard that scream on a summer evening, it is worth a word.',
  'More when the first young are fledged. In the meantime, I am keeping count in the usual place.',
];
const nav = ['« Who moved the postbox?', 'Main', 'Midsummer at the allotment »'];
const recent = ['Who moved the postbox?', 'April in the churchyard', 'The council and the conker trees', 'Tea with the bell ringers'];
const cats = ['Birds', 'Dunmore Street', 'Gardens', 'Walks'];
const archives = ['May 2025', 'April 2025', 'March 2025', 'February 2025'];
const comments = [
  {
    id: '6a00d8341c2f3953ef02c8d3e1b4a1200b',
    text: 'Wonderful news about number 16. We lost ours on Cavell Road to a new roof in 2019 and they never came back.',
    name: 'Pauline H',
    when: 'May 18, 2025 at 09:42 PM',
  },
  {
    id: '6a00d8341c2f3953ef02c8d3e1b4a1200c',
    text: 'Eleven! I only had three over the allotments this week. Perhaps they have all moved to your street.',
    name: 'Geoff Ambler',
    when: 'May 19, 2025 at 07:15 AM',
  },
  {
    id: '6a00d8341c2f3953ef02c8d3e1b4a1200d',
    text: 'Thank you for the tip about swift bricks. Ours is being done in the autumn and I had not thought of it.',
    name: 'Marian',
    when: 'May 20, 2025 at 02:03 PM',
  },
];
const formText = [
  'Comments are moderated, and will not appear until the author has approved them.',
  'Your Information',
  '(Name and email address are required. Email address will not be displayed with the comment.)',
  'Name is required to post a comment',
  'Please enter a valid email address',
  'Invalid URL',
];
const about = 'Ruth Aske has written about one street in a market town since 2006. She taught geography for thirty years.';
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const module = (cls: string, head: string, items: readonly string[]): string => `<div class="module-${cls} module"><h2 class="module-header">${head}</h2>
<div class="module-content"><ul class="module-list">
${items.map((t) => `<li class="module-list-item"><a href="https://ruthaske.typepad.example/notes/${cls}/${t.length}.html">${t}</a></li>`).join('\n')}
</ul></div></div>`;
const comment = (c: (typeof comments)[number]): string => `<div class="comment font-entrybody" id="comment-${c.id}"><a id="c${c.id}"></a>
<div class="comment-content font-entrybody" id="comment-${c.id}-content"><span id="comment-${c.id}-content"><p>${c.text}</p></span></div>
<p class="comment-footer font-entryfooter">Posted by: <a rel="nofollow" href="https://profile.typepad.example/${c.name.replace(' ', '')}">${c.name}</a> |
<a rel="nofollow" href="https://ruthaske.typepad.example/notes/2025/05/swifts.html?cid=${c.id}#comment-${c.id}">${c.when}</a></p></div>`;
const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" id="sixapart-standard"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="generator" content="https://www.typepad.com/"><meta name="keywords" content="swifts, birds, Dunmore Street">
<meta name="description" content="They came back on the evening of the ninth, the same week as last year.">
<link rel="stylesheet" href="https://ruthaske.typepad.example/notes/styles.css?v=6" type="text/css" media="screen">
<link rel="stylesheet" href="https://static.typepad.example/.shared:v20250301:typepad:en_us/themes/common/print.css" type="text/css" media="print">
<link rel="alternate" type="application/atom+xml" title="Posts on '${blog}' (Atom)" href="https://ruthaske.typepad.example/notes/atom.xml">
<title>${blog}: ${title}</title><link rel="start" href="https://ruthaske.typepad.example/notes/" title="Home">
<link rel="prev" href="https://ruthaske.typepad.example/notes/2025/05/postbox.html" title="Who moved the postbox?">
<link rel="next" href="https://ruthaske.typepad.example/notes/2025/06/midsummer.html" title="Midsummer at the allotment">
<meta property="og:title" content="${title}"><meta property="og:type" content="article">
<script type="text/javascript">var TPApp = TPApp || {}; TPApp.app_uri = "https://www.typepad.example/"; TPApp.blog_xid = "6a00d8341c2f3953ef00d8341c2f4353ef";
TPApp.entry_xid = "6a00d8341c2f3953ef02c8d3e1b49e200b";</script>
<script type="text/javascript" src="https://static.typepad.example/.shared:v20250301:typepad:en_us/js/yui/yahoo-dom-event.js"></script></head>
<body class="layout-two-column-right post"><div id="container"><div id="container-inner" class="pkg"><div id="banner"><div id="banner-inner" class="pkg">
<h1 id="banner-header"><a href="https://ruthaske.typepad.example/notes/" accesskey="1">${blog}</a></h1>
<h2 id="banner-description">One street, one town, most weeks since 2006</h2></div></div>
<div id="pagebody"><div id="pagebody-inner" class="pkg"><div id="alpha"><div id="alpha-inner" class="pkg">
<p class="content-nav"><a href="https://ruthaske.typepad.example/notes/2025/05/postbox.html">${nav[0]}</a> | <a
href="https://ruthaske.typepad.example/notes/">${nav[1]}</a> | <a href="https://ruthaske.typepad.example/notes/2025/06/midsummer.html">${nav[2]}</a></p>
<h2 class="date-header">Sunday, May 18, 2025</h2>
<div class="entry-category-birds entry-category-dunmore_street entry-author-ruth_aske entry-type-post entry" id="entry-6a00d8341c2f3953ef02c8d3e1b49e200b">
<h3 class="entry-header">${title}</h3><div class="entry-content"><div class="entry-body">
${ps(p1)}
<p><a class="asset-img-link" href="https://ruthaske.typepad.example/.a/6a00d8341c2f3953ef02c8d3e1b4b0200d-pi"><img class="asset asset-image
at-xid-6a00d8341c2f3953ef02c8d3e1b4b0200d image-full img-responsive" alt="Swifts over the rooftops" title="Swifts over the rooftops"
src="https://ruthaske.typepad.example/.a/6a00d8341c2f3953ef02c8d3e1b4b0200d-800wi" border="0"></a></p>
</div><div id="more" class="entry-more">
${ps(more)}
<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(p2)}
</div></div><div class="entry-footer"><p class="entry-footer-info"><span class="post-footers">Posted by <a rel="author"
href="https://profile.typepad.example/ruthaske">Ruth Aske</a> on May 18, 2025 at 08:55 PM in <a
href="https://ruthaske.typepad.example/notes/birds/">Birds</a>, <a href="https://ruthaske.typepad.example/notes/dunmore-street/">Dunmore Street</a>
</span> <span class="separator">|</span> <a class="permalink" href="https://ruthaske.typepad.example/notes/2025/05/swifts.html">Permalink</a></p>
<div class="technorati-tags"><p>Tags: <a rel="tag" href="https://ruthaske.typepad.example/notes/tags/swifts">swifts</a>, <a rel="tag"
href="https://ruthaske.typepad.example/notes/tags/swift-bricks">swift bricks</a></p></div>
<div class="entry-footer-share"><div class="entry-footer-share-buttons"><div class="entry-footer-share-button"><a class="reblog-link"
href="https://www.typepad.example/services/reblog/6a00d8341c2f3953ef02c8d3e1b49e200b">Reblog (0)</a></div><div class="entry-footer-share-button"><a
href="https://www.facebook.example/sharer.php?u=https%3A%2F%2Fruthaske.typepad.example%2Fnotes%2F2025%2F05%2Fswifts.html">Share on Facebook</a></div>
<div class="entry-footer-share-button"><a href="mailto:?subject=swifts">Email this</a></div></div></div></div></div>
<div class="comments" id="comments"><a id="comments"></a><div class="comments-info"><h3 class="comments-header">Comments</h3>
<p class="comments-feed"><img src="https://static.typepad.example/.shared/images/feed.png" alt="Feed" width="10" height="10"> You can follow this
conversation by subscribing to the <a href="https://ruthaske.typepad.example/notes/2025/05/swifts/comments/atom.xml">comment feed</a> for this post.</p></div>
<div class="comments-content" id="comments-content">
${comments.map(comment).join('\n')}
</div></div>
<form id="comment-form" method="post" action="https://ruthaske.typepad.example/t/comments"><input type="hidden" name="entry_xid"
value="6a00d8341c2f3953ef02c8d3e1b49e200b"><div class="comments-open" id="comments-open"><h2 class="comments-open-header">Post a comment</h2>
<div class="comments-open-content"><p class="comment-footer-notes">${formText[0]}</p><div id="comment-form-external-auth"><p>Comment below or
sign in with <a href="https://www.typepad.example/secure/services/signin">Typepad</a> <a
href="https://www.typepad.example/secure/services/signin/facebook">Facebook</a>
and more...</p></div><div id="comment-form-anonymous"><p class="comment-form-anonymous-header">${formText[1]}</p><p>${formText[2]}</p>
<div id="name-error" class="error-message" style="display:none">${formText[3]}</div><div id="email-error" class="error-message"
style="display:none">${formText[4]}</div><div id="url-error" class="error-message" style="display:none">${formText[5]}</div><p><label
for="comment-author">Name</label> <input id="comment-author" name="author" size="30" value=""></p><p><label for="comment-email">Email Address</label>
<input id="comment-email" name="email" size="30" value=""></p><p><label for="comment-url">URL</label> <input id="comment-url" name="url" size="30"
value=""></p></div><p><textarea id="comment-text" name="text" rows="10" cols="30"></textarea></p><div id="comment-form-buttons"><input type="submit"
name="preview" id="comment-preview" value="Preview"> <input type="submit" name="post" id="comment-post" value="Post"></div></div></div></form>
</div></div>
<div id="beta"><div id="beta-inner" class="pkg"><div class="module-about module"><h2 class="module-header">About</h2><div class="module-content">
<p class="module-about-text">${about}</p></div></div><div class="module-search module"><h2 class="module-header">Search</h2><div class="module-content">
<form action="https://www.typepad.example/search" method="get"><input type="text" name="q" size="20" value=""> <input type="submit" value="Search">
</form></div></div>
${module('recent-posts', 'Recent Posts', recent)}
${module('categories', 'Categories', cats)}
${module('archives', 'Archives', archives)}
<div class="module-syndicate module"><div class="module-content"><a href="https://ruthaske.typepad.example/notes/atom.xml">Subscribe to this blog's
feed</a></div></div><div class="module-powered module"><div class="module-content">Blog powered by <a href="https://www.typepad.example/">Typepad</a><br>
Member since 04/2006</div></div></div></div></div></div></div></div>
<script type="text/javascript">var extra_happy = Math.floor(1000000000 * Math.random());document.write('<img src="https://www.typepad.example/t/stats?' +
'blog_id=2045119&amp;user_id=1823117&amp;page=' + escape(location.href) + '&amp;referrer=' + escape(document.referrer) + '&amp;i=' + extra_happy + '" ' +
'width="1" height="1" alt="" style="position: absolute; top: 0; left: 0;" />');</script>
</body></html>`;
export const typepadPost: TestPage = {
  html,
  name: 'heldout143-typepad-blog',
  kind: 'blog',
  // the entry body and the "more" part shown on the permalink page are both body; the date header and the
  // "Posted by ... on ..." footer line are bylines; comments and the sidebar are furniture
  title,
  headings: [],
  body: texts([...p1, ...more, ...list, ...p2]),
  bylines: ['Sunday, May 18, 2025', 'Posted by Ruth Aske on May 18, 2025 at 08:55 PM in Birds, Dunmore Street'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    blog, 'One street, one town, most weeks since 2006', ...nav, 'Permalink', 'Tags: swifts, swift bricks', 'Reblog (0)', 'Share on Facebook',
    'Email this', 'Comments', 'You can follow this conversation by subscribing to the comment feed for this post.',
    ...comments.flatMap((c) => [c.text, `Posted by: ${c.name} | ${c.when}`]), 'Post a comment', ...formText,
    'Comment below or sign in with Typepad Facebook and more...', 'Name', 'Email Address', 'URL', 'About', about, 'Search', 'Recent Posts',
    ...recent.slice(1), 'Categories', ...cats, 'Archives', ...archives, "Subscribe to this blog's feed", 'Blog powered by Typepad',
    'Member since 04/2006',
  ],
};
