import { type TestPage, texts } from './page-kit.js';
import { wpComment as comment, wpFooter, wpHeader, wpRespond, wpt } from './pages-heldout37-a2.js';
import { chirpyPost } from './pages-heldout37-a3.js';

/**
 * Held-out batch 37, file a: a garden blog post on WordPress with the Twenty Twenty-Five block theme (site title and the
 * responsive navigation with its open/close buttons, the "Written by ... in ..." line and the post date, the featured image,
 * block content with an image caption, a list and a quote, the tag terms, the post navigation, the comments pattern with two
 * comments, a reply and the reply form, the "More posts" query loop and the theme's footer with its two navigation menus).
 */
const wpTitle = 'What a Wet Winter Taught Me About Raised Beds';
const wpP1 = [
  'By the second week of January the lower half of the garden had turned into something closer to a pond than a vegetable plot. ' +
    'We had 312 millimetres of rain between November and the end of February, according to the gauge nailed to the shed, and for ' +
    'most of that time the paths between the beds squelched underfoot.',
  'I have grown in raised beds at Hollow Lane for nine years and always assumed they solved the wet by themselves. This winter ' +
    'proved me wrong. Three of the eight beds stayed sodden for weeks, and the garlic I planted in one of them in October rotted ' +
    'almost entirely.',
];
const wpH1 = 'The beds that failed';
const wpP2 = [
  'The three wet beds had one thing in common: they sit on the old lawn, where the ground underneath is heavy clay that was ' +
    'compacted by years of mowing. When I built them I simply laid cardboard on the grass and filled the frames with compost and ' +
    'topsoil. On free-draining ground that works well. On clay it creates a bathtub, because the water runs through the bed and then ' +
    'sits on the compacted layer beneath.',
  'The other five beds are on ground that was dug over before the frames went in, and they emptied within a day of even the ' + 'heaviest storms.',
];
const wpCaption = 'The lower beds in late January, with standing water along the path.';
const wpH2 = 'What I’m changing this spring';
const wpP3 = [
  'I have spent the last few dry weekends lifting the frames on the wet beds, forking the compost out onto tarpaulins and breaking ' +
    'up the clay below with a broadfork. It is slow, heavy work, but it is the only fix that deals with the cause rather than the symptom.',
];
const wpList = [
  'Loosen the ground to a full fork’s depth before refilling each frame.',
  'Mix in coarse grit and leaf mould rather than more bagged compost.',
  'Raise the three lowest beds by one extra board, roughly fifteen centimetres.',
  'Cut a shallow gravel channel along the lowest path so the water has somewhere to go.',
];
const wpP4 = [
  'My neighbour Ewan, who has farmed the fields behind us for forty years, suggested the gravel channel. His advice was blunt, ' +
    'and I have been repeating it to anyone who will listen:',
];
const wpQuote = 'Water always wins. Give it a route, and make sure the route doesn’t run through your onions.';
const wpH3 = 'Was it worth it?';
const wpP5 = [
  'It is too early to say for certain. The first rebuilt bed has had two heavy showers since I refilled it, and both times the surface ' +
    'was dry again by the next morning, which it never managed before. I will report back in the autumn when the leeks come out.',
  'If you are building raised beds on clay this year, dig first and build second. The frame is the easy part; it is what lies ' +
    'underneath that decides whether your plants sit in mud all winter.',
];
const wpNav = ['Plot Tour', 'Journal', 'Seed Swap', 'About Bridget'];
const wpTags = ['clay soil', 'winter jobs'];
const wpMore: [string, string][] = [
  ['Sowing Broad Beans in a Cold February', 'February 20, 2025'],
  ['Ten Years of the Same Rhubarb Crown', 'February 2, 2025'],
  ['A Compost Bay Built from Old Pallets', 'January 14, 2025'],
];
const wpComments = [
  'We had exactly the same problem on the edge of the Levels. A broadfork made more difference than anything else I tried, ' +
    'although my back disagreed for a week.',
  'Did the cardboard layer rot down at all, or was it still there when you lifted the frames?',
];
const wpReply = 'Mostly gone, Ruth, just a few grey scraps at the corners. It was the clay under it that was the problem.';
const wpFoot1 = ['Blog', 'FAQs', 'Authors'];
const wpFoot2 = ['Events', 'Shop', 'Patterns', 'Themes'];
const wpHtml = `${wpHeader(wpTitle, wpNav)}


<main class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" \
style="margin-top:var(--wp--preset--spacing--60)">
<div class="wp-block-group alignfull has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" \
style="padding-top:var(--wp--preset--spacing--60);padding-bottom:var(--wp--preset--spacing--60)">
<h1 class="wp-block-post-title">${wpt(wpTitle)}</h1>

<div class="wp-block-group has-accent-4-color has-text-color has-link-color has-medium-font-size is-layout-flex \
wp-block-group-is-layout-flex">
<p>Written by </p>

<div class="wp-block-post-author-name"><a href="https://hollowlane.example/author/bridget/" target="_self" \
class="wp-block-post-author-name__link">Bridget Calloway</a></div>

<p>in</p>

<div style="font-weight:300" class="taxonomy-category wp-block-post-terms"><a href="https://hollowlane.example/category/growing/" rel="tag">Growing</a></div>
</div>

<div class="wp-block-post-date has-small-font-size"><time datetime="2025-03-11T08:40:12+00:00">March 11, 2025</time></div>

<figure style="aspect-ratio:3/2;" class="wp-block-post-featured-image"><img fetchpriority="high" decoding="async" width="1024" height="683" \
src="https://hollowlane.example/wp-content/uploads/2025/03/beds-after-rain-1024x683.jpg" class="attachment-post-thumbnail size-post-thumbnail \
wp-post-image" alt="" style="width:100%;height:100%;object-fit:cover;" sizes="(max-width: 1024px) 100vw, 1024px" /></figure>


<div class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--40)">\
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
${wpP1.map((p) => `<p>${wpt(p)}</p>`).join('\n\n\n\n')}



<h2 class="wp-block-heading">${wpH1}</h2>



${wpP2.map((p) => `<p>${wpt(p)}</p>`).join('\n\n\n\n')}



<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="768" \
src="https://hollowlane.example/wp-content/uploads/2025/03/IMG_4471-1024x768.jpg" alt="Two raised beds with water pooled on the path between them" \
class="wp-image-2191"/><figcaption class="wp-element-caption">${wpCaption}</figcaption></figure>



<h2 class="wp-block-heading">${wpt(wpH2)}</h2>



<p>${wpt(wpP3[0]!)}</p>



<ul class="wp-block-list">
${wpList.map((t) => `<li>${wpt(t)}</li>`).join('\n\n\n\n')}
</ul>



<p>${wpt(wpP4[0]!)}</p>



<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow">
<p>${wpt(wpQuote)}</p>
</blockquote>



<h2 class="wp-block-heading">${wpH3}</h2>



${wpP5.map((p) => `<p>${wpt(p)}</p>`).join('\n\n\n\n')}
</div>

<div class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained" \
style="padding-top:var(--wp--preset--spacing--60);padding-bottom:var(--wp--preset--spacing--60)">\
<div class="taxonomy-post_tag is-style-post-terms-1 wp-block-post-terms">${wpTags
  .map((t) => `<a href="https://hollowlane.example/tag/${t.replace(/ /g, '-')}/" rel="tag">${t}</a>`)
  .join('<span class="wp-block-post-terms__separator">  </span>')}</div></div>


<nav class="wp-block-group alignwide is-content-justification-space-between is-nowrap is-layout-flex wp-block-group-is-layout-flex" \
aria-label="Post navigation" style="border-top-width:1px;padding-top:var(--wp--preset--spacing--40)">\
<div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous \
is-arrow-arrow" aria-hidden="true">←</span><a href="https://hollowlane.example/2025/02/sowing-broad-beans/" rel="prev">${wpMore[0]![0]}</a></div>

<div class="post-navigation-link-next has-text-align-right wp-block-post-navigation-link"></div></nav>


<div class="wp-block-comments wp-block-comments-query-loop" style="margin-top:var(--wp--preset--spacing--70)">
<h2 class="wp-block-heading has-x-large-font-size">Comments</h2>

<ol class="wp-block-comment-template">${comment(41, 'Ruth Okafor', 'March 11, 2025 at 7:02 pm', wpComments[0]!, 1, 'even thread-even ')}\
<ol>${comment(44, 'Bridget Calloway', 'March 12, 2025 at 9:15 am', wpReply, 2, 'byuser comment-author-bridget bypostauthor odd alt ')}</li>
</ol></li>${comment(43, 'Alan Heseltine', 'March 12, 2025 at 8:30 am', wpComments[1]!, 1, 'odd alt thread-odd thread-alt ')}</li>
</ol>


${wpRespond}
\t</div>
</div>
</div>


<div class="wp-block-group alignfull has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" \
style="padding-top:var(--wp--preset--spacing--60);padding-bottom:var(--wp--preset--spacing--60)">
<h2 class="wp-block-heading alignwide has-small-font-size" style="font-style:normal;font-weight:700;letter-spacing:1.4px;\
text-transform:uppercase">More posts</h2>


<div class="wp-block-query alignwide is-layout-flow wp-block-query-is-layout-flow"><ul class="alignfull wp-block-post-template \
is-layout-flow wp-block-post-template-is-layout-flow">${wpMore
  .map(
    ([t, d], i) => `<li class="wp-block-post post-${2150 - i * 11} post type-post status-publish format-standard hentry category-growing">
<div class="wp-block-group alignfull is-content-justification-space-between is-nowrap is-layout-flex wp-block-group-is-layout-flex" \
style="border-bottom-width:1px;padding-top:var(--wp--preset--spacing--30);padding-bottom:var(--wp--preset--spacing--30)">\
<h3 class="wp-block-post-title has-large-font-size"><a href="https://hollowlane.example/?p=${2150 - i * 11}" target="_self" >${t}</a></h3>

<div class="has-text-align-right wp-block-post-date"><time datetime="2025-02-01T09:00:00+00:00">${d}</time></div></div>

</li>`,
  )
  .join('')}</ul></div>
</div>
</main>


${wpFooter(['Blog', 'About', 'FAQs', 'Authors'], wpFoot2)}`;
const wordpressTT5: TestPage = {
  html: wpHtml,
  name: 'heldout37-wordpress-tt5',
  kind: 'blog',
  // the post content (paragraphs, the list, and the quote of the neighbour's advice, which the writer sets in her own post) is
  // body and its three h2s the headings; the author name and the post date are bylines ("Written by" and "in" in neither); the
  // category "Growing", the tags, the image caption, the previous-post link, the comments (names, dates, texts and the author's
  // own reply: reader comments are furniture on blogs), the reply form, "More posts" and the footer are furniture; the footer's
  // default menu item "About" is a word of the title: left out; the reply links' "Reply" is covered by "Leave a Reply" only
  title: wpTitle,
  headings: [wpH1, wpH2, wpH3],
  body: [...texts(wpP1), ...texts(wpP2), ...texts(wpP3), ...wpList, ...texts(wpP4), wpQuote, ...texts(wpP5)],
  bylines: ['Bridget Calloway', 'March 11, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hollow Lane Garden', ...wpNav, 'Growing', wpCaption, ...wpTags, wpMore[0]![0], 'Comments', 'Ruth Okafor', 'March 11, 2025 at 7:02 pm',
    ...wpComments, 'Alan Heseltine', 'March 12, 2025 at 8:30 am', wpReply, 'March 12, 2025 at 9:15 am', 'Leave a Reply', 'Cancel reply',
    'Your email address will not be published.', 'Required fields are marked *', 'Comment *', 'Name *', 'Email *', 'Website',
    'Save my name, email, and website in this browser for the next time I comment.', 'More posts', ...wpMore.flat().slice(1),
    ...wpFoot1, ...wpFoot2, 'Twenty Twenty-Five', 'Designed with WordPress',
  ],
};

export const HELDOUT37_A: readonly TestPage[] = [wordpressTT5, chirpyPost];
