import { links, ps, type TestPage, texts } from './page-kit.js';
import { bbcLive } from './pages-heldout136-a2.js';
import { lis, uniq } from './pages-heldout136-kit.js';
import {
  blocks,
  gCaption,
  gComments,
  gCopyright,
  gCredit,
  gEditions,
  gEpic,
  gFooter,
  gMore,
  gMost,
  gNavTop,
  gPillars,
  gStand,
  gSub,
  gTitle,
  gTopics,
  type Block,
} from './pages-heldout136-a3.js';

/**
 * Held-out batch 136, file a: a Guardian live blog in the dotcom-rendering LiveLayout (skip links, the reader-revenue top bar,
 * edition picker and pillar nav, the "Live" kicker, a bulleted standfirst, the byline and the details/summary dateline, main
 * media caption, the key events list, the "Show key events only" toggle, blocks in reverse order with relative and absolute
 * times, block titles, contributor names, "Updated at" lines and share labels, pagination, topics, the epic, onward rails,
 * the discussion with two comments and the footer) and, from file a2, a BBC News live page.
 */
const gBlock = (b: Block): string => `<article id="block-${b.id}" class="block dcr-1ofgc5x">
<header class="dcr-1ku4mvp"><div class="dcr-1qyi9zo"><a href="?page=with:block-${b.id}#block-${b.id}" data-ignore="global-link-styling" class="dcr-gx0rit">
<time datetime="${b.iso}" data-relativeformat="med" class="dcr-12ks8ps">${b.ago}</time><span class="dcr-1pzvlp6">${b.at}</span></a></div>
${b.title === undefined ? '' : `<h2 class="dcr-z2ocvl">${b.title}</h2>`}
<div class="dcr-12dmrbe"><div class="dcr-1d9hsyo"><img src="https://i.guim.co.uk/img/uploads/${b.by.replace(' ', '')}.png?width=180" alt="${b.by}"
class="dcr-1ol9h4c"></div><span class="dcr-bpmqhe">${b.by}</span></div></header>
${ps(b.paras, ' class="dcr-1eu361v"')}
${b.list === undefined ? '' : `<ul class="dcr-1m3pcb">${lis(b.list)}</ul>`}
${b.quote === undefined ? '' : `<blockquote class="dcr-zwzkj8"><p>${b.quote}</p></blockquote>`}
<footer class="dcr-1vrbi8o"><div class="dcr-wq8f6f">${b.updated === undefined ? '' : `<p class="dcr-1kn0j2e"><time datetime="${b.iso}">${b.updated}</time></p>`}
</div><div class="dcr-eb7ka3" data-gu-name="share"><a href="https://www.facebook.com/dialog/share?href=block-${b.id}" class="dcr-3i4kls">
<span class="dcr-1p0hins">Share on Facebook</span></a><a href="https://twitter.com/intent/tweet?url=block-${b.id}" class="dcr-3i4kls">
<span class="dcr-1p0hins">Share on X</span></a></div></footer></article>`;
const gInlineAd = (n: number): string => `<div class="ad-slot-container dcr-2jle7g"><div id="dfp-ad--inline${n}" class="js-ad-slot ad-slot ad-slot--inline
ad-slot--liveblog-inline ad-slot--rendered" data-link-name="ad slot inline${n}" data-name="inline${n}" aria-hidden="true"></div></div>`;
const gHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${gTitle} | UK news | The Guardian</title>
<meta name="description" content="Latest updates: residents of 400 homes in Calderbrook told to leave before River Brack peaks overnight">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1"><link rel="canonical"
href="https://www.theguardian.com/uk-news/live/2025/nov/12/storm-idris-flood-warning-calderbrook-pennine-rail-live">
<meta property="og:title" content="${gTitle}"><meta property="og:type" content="article"><meta property="article:section" content="UK news">
<meta name="twitter:site" content="@guardian"><meta property="article:published_time" content="2025-11-12T07:02:18.000Z">
<script type="application/ld+json">[{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"${gTitle}",
"coverageStartTime":"2025-11-12T07:02:18.000Z","author":[{"@type":"Person","name":"Helen Marsh"},{"@type":"Person","name":"Tom Egerton"}],
"publisher":{"@type":"Organization","name":"The Guardian"},"liveBlogUpdate":[{"@type":"BlogPosting","headline":"Summary of the day so far"}]}]</script>
<script>window.guardian = {"config":{"page":{"contentType":"LiveBlog","section":"uk-news","isLive":true,"shouldHideReaderRevenue":false}}};</script>
<script type="module" src="https://assets.guim.co.uk/assets/frameworks.web.8c1d3e4a.js"></script></head>
<body><a href="#maincontent" data-link-name="skip : main content" class="dcr-1h8trn5">Skip to main content</a>
<a href="#navigation" data-link-name="skip : navigation" class="dcr-1h8trn5">Skip to navigation</a>
<div id="bannerandheader"><div data-component="header"><div class="dcr-pa3rl4"><ul class="dcr-1wv0u8z">${links(gNavTop, 'dcr-mj8f2v')}</ul>
<div class="dcr-14i3i6f" data-testid="edition-picker"><button aria-expanded="false" class="dcr-1lf3qn1">UK edition</button>
<ul class="dcr-hidden" hidden>${links(gEditions)}</ul></div></div>
<div class="dcr-4a3mrd" data-gu-name="support-the-guardian"><p class="dcr-1kq6d2i">Support the Guardian</p>
<p class="dcr-mdp2y5">Fund independent journalism with £10 per month</p>
<a class="dcr-1xbu3it" href="https://support.theguardian.com/uk/contribute">Support us</a></div>
<a href="https://www.theguardian.com/uk" data-link-name="nav3 : logo" class="dcr-1riumdu"><span class="dcr-1p0hins">The Guardian - Back to home</span></a>
<nav id="navigation" aria-label="Guardian sections" data-component="nav2"><ul data-testid="pillar-list" class="dcr-1dq7k7u">
${gPillars
  .map(
    (p, i) => `<li class="dcr-${i}p8">
<a class="dcr-q7xk3l" data-link-name="nav3 : primary : ${p}" href="/${p.toLowerCase()}">${p}</a></li>`,
  )
  .join('\n')}
</ul><ul class="dcr-sub" data-testid="sub-nav">${links(gSub)}</ul></nav></div></div>
<main data-layout="LiveLayout" id="maincontent"><div class="dcr-ugr0qe"><div data-gu-name="title" class="dcr-1xx7k0r">
<a href="/uk-news" class="dcr-1sdtzcf"><span class="dcr-1pcjy7n">UK news</span></a></div>
<div data-gu-name="headline" class="dcr-10h6fr2"><span class="dcr-17jgj3g"><span class="dcr-1p0hins">Live</span></span>
<h1 class="dcr-nw2ho7">${gTitle}</h1></div>
<div data-gu-name="standfirst" class="dcr-1pz1zp3"><ul>${lis(gStand)}</ul></div>
<div data-gu-name="meta" class="dcr-1uv5ym4"><div class="dcr-1ve4h1l"><a rel="author" href="/profile/helenmarsh">Helen Marsh</a> (now) and
<a rel="author" href="/profile/tomegerton">Tom Egerton</a> (earlier)</div>
<details class="dcr-1ybxn6r" data-gu-name="dateline"><summary class="dcr-14cvuh5"><span>Wed 12 Nov 2025 17.52 GMT</span></summary>
<span class="dcr-1wn0vg2">First published on Wed 12 Nov 2025 07.02 GMT</span></details>
<div class="dcr-1gvjbkp"><button class="dcr-fn7whz" type="button" data-link-name="share-button">Share</button>
<a href="#comments" data-link-name="Comment count" class="dcr-1yz8ik2">
<span class="dcr-1p0hins">Comments</span><span class="dcr-ikn1n3">268</span></a></div></div>
<figure data-spacefinder-role="inline" class="dcr-1tdlabu"><img src="https://i.guim.co.uk/img/media/calderbrook.jpg?width=700" alt="Flooded road"
class="dcr-evn1e9"><figcaption class="dcr-13t4n8p"><span class="dcr-1yb4x2u">${gCaption}</span> ${gCredit}</figcaption></figure>
<div data-gu-name="key-events" class="dcr-15inhx9"><details open class="dcr-2bnh9q"><summary class="dcr-1jbmzf5"><h2 class="dcr-16dagt">Key events</h2>
</summary><ul class="dcr-j5hy7a">${blocks
  .filter((b) => b.title !== undefined)
  .map(
    (b) => `<li class="dcr-1o2ts6c"><a href="?page=with:block-${b.id}#block-${b.id}" class="dcr-10rkdgl"><time datetime="${b.iso}"
class="dcr-2i1lwl">${b.ago}</time><span class="dcr-11bp9w2">${b.title}</span></a></li>`,
  )
  .join('\n')}</ul></details></div>
<div class="dcr-hk40q4"><label for="filter-toggle" class="dcr-jr2ujg">Show key events only</label><input id="filter-toggle" type="checkbox" role="switch">
<span class="dcr-1ggtk7m">Please turn on JavaScript to use this feature</span></div>
<div id="liveblog-body" class="js-liveblog-body" data-gu-name="body">
${blocks.map((b, i) => gBlock(b) + (i % 3 === 2 ? gInlineAd(i) : '')).join('\n')}
</div><nav class="dcr-pagination" aria-label="Pagination"><a href="?page=newest" class="dcr-1vj7jhm">Newest</a><a href="?page=newer"
class="dcr-1vj7jhm">Previous</a><span class="dcr-2ki0ol"><span>1</span> of <span>3</span></span><a href="?page=older" class="dcr-1vj7jhm">Next</a>
<a href="?page=oldest" class="dcr-1vj7jhm">Oldest</a></nav>
<div data-gu-name="submeta" class="dcr-1x7aok1"><span class="dcr-5hpgx9">Explore more on these topics</span><ul class="dcr-1y4ojc1">${links(gTopics)}</ul>
<a href="https://syndication.theguardian.com/" class="dcr-gxaqmc">Reuse this content</a></div>
<div id="contributions-liveblog-epic" class="dcr-jgcg4r" data-testid="contributions-liveblog-epic">${ps(gEpic, ' class="dcr-1bcmo3v"')}
<a href="https://support.theguardian.com/contribute" class="dcr-1lacedd">Support the Guardian</a>
<button class="dcr-v2gbvt" type="button">Remind me in December</button></div></div>
<section data-component="more-on-this-story" class="dcr-1w3rc4s"><h2 class="dcr-1ywg1og">More on this story</h2><ul>
${gMore
  .map(
    (t) => `<li class="dcr-i6mbj7">
<a href="/uk-news/2025/nov/12/${t.length}" class="dcr-10cb7ti"><h3 class="dcr-14p3f5a">${t}</h3></a></li>`,
  )
  .join('\n')}
</ul></section>
<section id="comments" data-component="discussion" class="dcr-15u9dxj"><h2 class="dcr-1b8upbn">Comments (268)</h2>
<p class="dcr-v5fy31">Sign in or create your Guardian account to join the discussion</p><a href="/signin" class="dcr-1x9sg1i">Sign in</a>
<a href="/register" class="dcr-1x9sg1i">Create your account</a><ul class="dcr-comments">${gComments
  .map(
    (c) => `<li class="dcr-1rb3emk"><div class="dcr-mne5xz"><a href="/discussion/user/${c.who}" class="dcr-1c8d3xs">${c.who}</a>
<a href="#comment" class="dcr-14yb8de"><time>${c.when}</time></a></div><div class="dcr-1v7mnbd"><p>${c.text}</p></div>
<div class="dcr-c4ck2g"><button class="dcr-5xaxzx">Reply</button><button class="dcr-5xaxzx">Report</button></div></li>`,
  )
  .join('\n')}</ul><button class="dcr-8uqb4b">View more comments</button></section>
<section data-component="most-viewed" class="dcr-ppmhax"><h2 class="dcr-1cmbexc">Most viewed</h2><ol>${lis(gMost, 'dcr-10gikb1')}</ol></section></main>
<footer data-component="footer" class="dcr-bl1nsu"><div class="dcr-ms6fon"><ul class="dcr-1u7dsmh">${links(gFooter)}</ul>
<a href="#top" class="dcr-11a8zi7">Back to top</a><small class="dcr-1wnwpgt">${gCopyright}</small></div></footer>
<div id="sp_message_container_1141" class="sp_veil"><iframe src="https://sourcepoint.theguardian.com/index.html?message_id=1141"
title="SP Consent Message"></iframe></div><script src="https://assets.guim.co.uk/assets/index.web.2b9c31f4.js" type="module"></script></body></html>`;
const guardianLive: TestPage = {
  name: 'heldout136-guardian-live-blog',
  kind: 'news',
  // the bulleted standfirst and every block's paragraphs, list items and quote are body; block titles are the headings; the
  // key events list repeats the block titles and times and is in neither list; block times, contributors and "Updated at"
  // lines are bylines; comments are furniture
  html: gHtml,
  title: gTitle,
  headings: blocks.flatMap((b) => (b.title === undefined ? [] : [b.title])),
  body: [...gStand, ...blocks.flatMap((b) => [...texts(b.paras), ...(b.list ?? []), ...(b.quote === undefined ? [] : [b.quote])])],
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'Helen Marsh', 'Tom Egerton', 'Wed 12 Nov 2025 17.52 GMT', 'First published on Wed 12 Nov 2025 07.02 GMT', ...blocks.flatMap((b) => [b.ago, b.at]),
    'Updated at 17.52 GMT', 'Updated at 16.34 GMT', 'Updated at 14.26 GMT',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to main content', 'Skip to navigation', ...gNavTop, ...gEditions, 'Support the Guardian', 'Fund independent journalism with £10 per month',
    'Support us', 'The Guardian - Back to home', ...gPillars, ...gSub, 'UK news', 'Live', 'Share', '268', gCaption, gCredit, 'Key events',
    'Show key events only', 'Please turn on JavaScript to use this feature', 'Share on Facebook', 'Share on X', 'Newest', 'Previous',
    '1 of 3', 'Next', 'Oldest', 'Comments',
    'Explore more on these topics', ...gTopics, 'Reuse this content', ...gEpic, 'Remind me in December', 'More on this story', ...gMore,
    'Comments (268)', 'Sign in or create your Guardian account to join the discussion', 'Create your account',
    ...gComments.flatMap((c) => [c.who, c.when, c.text]), 'Reply', 'Report', 'View more comments', 'Most viewed', ...gMost, ...gFooter, 'Back to top',
    gCopyright,
  ]),
};

export const HELDOUT136_A: readonly TestPage[] = [guardianLive, bbcLive];
