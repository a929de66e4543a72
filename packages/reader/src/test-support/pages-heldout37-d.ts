import { type TestPage, texts } from './page-kit.js';
import { bgArchive, bgBottom, bgLabels, bgPopular, bgProfile, bgShare, bgShareItems, bgTabs, bgTop } from './pages-heldout37-d2.js';
import { tumblrPost } from './pages-heldout37-d3.js';

/**
 * Held-out batch 37, file d: a hillwalking trip report on Blogger with the "Contempo" theme (chrome in file d2), the post as the
 * Blogger editor writes it: paragraphs as `<div>`s with `<div><br /></div>` spacers, spans with inline font styles, h3
 * subheadings, a centred image in a `separator` div and a captioned one in a `tr-caption-container` table; around it the post's
 * JSON-LD, title, share popup, timestamp, "Posted by", labels, the comments with the "Post a Comment" frame and the pager).
 */
const bgTitle = 'A Wet Weekend on the Cuillin Ridge (and Why We Turned Back)';
const bgP1 = [
  'We had been planning the traverse for almost two years: Kirsty, her brother Alasdair and me, three days booked off work, a forecast ' +
    'that looked settled, and a car packed so tightly that the gear lever was wedged behind a rucksack.',
  "By the time we reached Glenbrittle on Friday evening the settled forecast had become a 'risk of showers', and by Saturday morning " + 'it had become rain.',
];
const bgH1 = 'Saturday: the first scramble';
const bgP2 = [
  'We set off anyway, because the mountain forecast promised a dry window from eleven until four. The walk in to Coire Lagan was wet ' +
    'but easy, and we reached the foot of the Great Stone Chute a little after ten, with cloud sitting a hundred metres above us.',
  'The window arrived, almost on time. For three hours we had grey skies, dry rock and the kind of views across to Rùm that make you ' +
    'forget how heavy your pack is. We reached the top of Sgùrr Alasdair just before one and ate our sandwiches in a cold wind, ' +
    'grinning like idiots.',
];
const bgCaption = 'Alasdair on the summit of Sgùrr Alasdair, which he insists was named after him.';
const bgH2 = 'Why we turned back';
const bgP3 = [
  'The trouble with the Cuillin in the wet is not the gabbro. Gabbro stays grippy even when it is soaked. The basalt dykes that cut ' +
    'through it turn slick as soap, and the route beyond the Thearlaich-Dubh gap crosses a lot of them.',
  "At two o'clock the rain came back, an hour early and much heavier than forecast. We stood at the top of the descent into the gap " +
    "and looked at the wet slabs below, and nobody needed to say anything. Kirsty said it anyway: 'The ridge will still be here.'",
  'We went down the way we had come, slowly, and were back at the campsite by six, soaked through and slightly annoyed with ourselves ' + 'for being relieved.',
];
const bgH3 = "What I'd do differently";
const bgList = [
  'Book the time off in May or June, when the odds of a dry spell are better.',
  'Carry a lighter rope and actually practise the abseils beforehand.',
  'Trust the rock type more than the forecast.',
];
const bgP4 = ['We will be back next year. If anyone has a reliable way to book three dry days on Skye, please leave a comment!'];
const bgComments: [string, string, string][] = [
  ['Euan MacRae', 'March 10, 2025 at 8:14 AM', 'Good call on the basalt. We got caught out on the same section in 2019 and it was not fun at all.'],
  ['Anonymous', 'March 11, 2025 at 9:47 PM', 'September is usually kinder than people think. Lovely photos as always, Morag.'],
];
const sp = '<div><br /></div>';
const font = (t: string): string => `<span style="font-family: georgia, serif;">${t}</span>`;
const bgBody = [
  `<div>${font(bgP1[0]!)}</div>${sp}<div>${font(bgP1[1]!)}</div>`,
  `<h3 style="text-align: left;">${bgH1}</h3>`,
  `<div>${font(bgP2[0]!)}</div>${sp}`,
  '<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEj/s1600/',
  'IMG_2041.JPG" style="margin-left: 1em; margin-right: 1em;"><img border="0" data-original-height="1200" data-original-width="1600" height="300"',
  ' src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEj/w400-h300/IMG_2041.JPG" width="400" /></a></div>',
  `<div>${font(bgP2[1]!)}</div>${sp}`,
  '<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody>',
  '<tr><td style="text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEk/s1600/IMG_2077.JPG" ',
  'style="margin-left: auto; margin-right: auto;"><img border="0" data-original-height="1600" data-original-width="1200" height="400" ',
  'src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEk/w300-h400/IMG_2077.JPG" width="300" /></a></td></tr><tr><td ',
  `class="tr-caption" style="text-align: center;">${bgCaption}</td></tr></tbody></table>`,
  `<h3 style="text-align: left;">${bgH2}</h3>`,
  `<div>${font(bgP3[0]!)}</div>${sp}<div>${font(bgP3[1]!)}</div>${sp}<div>${font(bgP3[2]!)}</div>`,
  `<h3 style="text-align: left;">${bgH3}</h3>`,
  `<div><ul style="text-align: left;">${bgList.map((t) => `<li>${font(t)}</li>`).join('')}</ul></div>`,
  `<div>${font(bgP4[0]!)}</div>`,
].join('\n');
const bgComment = ([name, date, text]: [string, string, string], id: number): string => `<li class='comment' id='c${id}'>
<div class='avatar-image-container'><img src='//resources.blogblog.com/img/blank.gif' alt=''/></div>
<div class='comment-block'><div class='comment-header'><cite class='user'>${
  name === 'Anonymous'
    ? name
    : `<a href='https://www.blogger.com/profile/${id}' \
rel='nofollow'>${name}</a>`
}</cite><span class='icon user '></span><span class='datetime secondary-text'><a rel='nofollow' \
href='https://hilldays.blogspot.com/2025/03/a-wet-weekend-on-cuillin-ridge.html?showComment=1741594440000#c${id}'>${date}</a></span></div>
<p class='comment-content'>${text}</p><span class='comment-actions secondary-text'><a class='comment-reply' target='_self' \
data-comment-id='${id}'>Reply</a><span class='item-control blog-admin blog-admin pid-1170'><a target='_self' \
href='https://www.blogger.com/comment/delete/5521/${id}'>Delete</a></span></span></div>
<div class='comment-replies'><div id='c${id}-rt' class='comment-thread inline-thread hidden'><span class='thread-toggle thread-expanded'>\
<span class='thread-arrow'></span><span class='thread-count'><a target='_self'>Replies</a></span></span><ol id='c${id}-ra' \
class='thread-chrome thread-expanded'><div></div><div id='c${id}-continue' class='continue'><a class='comment-reply' target='_self' \
data-comment-id='${id}'>Reply</a></div></ol></div></div><div class='comment-replybox-single' id='c${id}-ce'></div></li>`;
const bgHtml = `${bgTop(bgTitle, 'We planned the traverse for two years. The rain had other ideas.')}<script type='application/ld+json'>{
  "@context": "http://schema.org",
  "@type": "BlogPosting",
  "mainEntityOfPage": {"@type": "WebPage", "@id": "https://hilldays.blogspot.com/2025/03/a-wet-weekend-on-cuillin-ridge.html"},
  "headline": "${bgTitle}",
  "datePublished": "2025-03-09T14:22:00Z",
  "author": {"@type": "Person", "name": "Morag Finlayson"}
}</script>
<a name='6184337201'></a>
<h3 class='post-title entry-title'>
${bgTitle}
</h3>
${bgShare('top')}
<div class='post-header'>
<div class='post-header-line-1'><span class='byline post-timestamp'>
<meta content='https://hilldays.blogspot.com/2025/03/a-wet-weekend-on-cuillin-ridge.html'/>
<a class='timestamp-link' href='https://hilldays.blogspot.com/2025/03/a-wet-weekend-on-cuillin-ridge.html' rel='bookmark' \
title='permanent link'>
<time class='published' datetime='2025-03-09T14:22:00Z' title='2025-03-09T14:22:00Z'>
March 09, 2025
</time>
</a>
</span>
</div>
</div>
<div class='post-body-container'>
<div class='post-body entry-content float-container' id='post-body-6184337201'>
${bgBody}
</div>
</div>
<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'>
<span class='byline post-author vcard'>
<span class='byline-label'>Posted by</span>
<span class='fn'>
<meta content='https://www.blogger.com/profile/08812'/>
<a class='g-profile' href='https://www.blogger.com/profile/08812' rel='author' title='author profile'>
<span>Morag Finlayson</span>
</a>
</span>
</span>
</div>
<div class='post-footer-line post-footer-line-2'>
<span class='byline post-labels'>
<span class='byline-label'>Labels:</span>
<a href='https://hilldays.blogspot.com/search/label/Cuillin' rel='tag'>Cuillin</a>
<a href='https://hilldays.blogspot.com/search/label/Skye' rel='tag'>Skye</a>
<a href='https://hilldays.blogspot.com/search/label/trip%20reports' rel='tag'>trip reports</a>
</span>
</div>
<div class='post-footer-line post-footer-line-3'>
${bgShare('bottom')}
</div>
</div>
</div>
<section class='comments embed' data-num-comments='2' id='comments'>
<a name='comments'></a>
<h3 class='title'>Comments</h3>
<div class='comments-content'>
<script async='async' src='' type='text/javascript'></script>
<div id='comment-holder'>
<div class="comment-thread toplevel-thread"><ol id="top-ra">${bgComments.map((c, i) => bgComment(c, 7001 + i)).join('')}</ol>\
<div id="top-continue" class="continue"><a class="comment-reply" target="_self">Add comment</a></div>\
<div class="comment-replybox-thread" id="top-ce"></div><div class="loadmore hidden" data-post-id="6184337201"><a target="_self">Load more...</a></div></div>
</div>
</div>
<p class='comment-footer'>
<div class='comment-form'>
<a name='comment-form'></a>
<h4 id='comment-post-message'>Post a Comment</h4>
<a href='https://www.blogger.com/comment/frame/5521?po=6184337201&amp;hl=en-GB' id='comment-editor-src'></a>
<iframe allowtransparency='allowtransparency' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px' \
id='comment-editor' name='comment-editor' src='' width='100%'></iframe>
</div>
</p>
</section>
</div>
</article>
</div>
<div class='blog-pager container' id='blog-pager'>
<a class='blog-pager-newer-link flat-button ripple' href='https://hilldays.blogspot.com/2025/03/new-boots.html' \
id='Blog1_blog-pager-newer-link' title='Newer Post'>
Newer Post
</a>
<a class='blog-pager-older-link flat-button ripple' href='https://hilldays.blogspot.com/2025/02/bothy.html' \
id='Blog1_blog-pager-older-link' title='Older Post'>
Older Post
</a>
<a class='home-link flat-button ripple' href='https://hilldays.blogspot.com/'>
Home
</a>
</div>
</div>
</div>
</main>
</div>
${bgBottom}`;
const bloggerContempo: TestPage = {
  html: bgHtml,
  name: 'heldout37-blogger-contempo',
  kind: 'blog',
  // the post body's divs, its h3 subheadings and the list are the article (the post title is an h3 too: it is the title); the
  // timestamp and "Posted by" name are bylines (the profile widget repeats the name: same gold string; "Posted by" and "Labels:"
  // in neither); the share popups (twice), the post's labels, the photo caption, comments with names, dates and actions, "Post
  // a Comment", the pager, the header with description, search widget and tabs, the sidebar widgets (profile, popular posts,
  // archive, labels) and the attribution footer are furniture; the labels "Cuillin", "Skye" and "gear" are words of the title
  // or body: left out ("trip reports" listed once); the tab and pager "Home" is kept (no body word), the "More…" tab overflow
  // is written with an entity plain() leaves alone: left out
  title: bgTitle,
  headings: [bgH1, bgH2, bgH3],
  body: [...texts(bgP1), ...texts(bgP2), ...texts(bgP3), ...bgList, ...texts(bgP4)],
  bylines: ['March 09, 2025', 'Morag Finlayson'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Hill Days', 'Walking, scrambling and getting rained on in the Scottish Highlands.', 'Search This Blog', ...bgTabs,
    ...bgShareItems, 'trip reports', bgCaption, 'Comments', ...bgComments.flat(), 'Reply', 'Delete', 'Replies', 'Add comment',
    'Load more...', 'Post a Comment', 'Newer Post', 'Older Post', 'Powered by Blogger', 'Theme images by Michael Elkan', bgProfile,
    'Visit profile', 'Popular Posts', ...bgPopular.flat(), 'Archive', ...bgArchive.map(([m]) => m), 'Show more', 'Show less', 'Labels',
    ...bgLabels.filter((l) => !['Cuillin', 'Skye', 'trip reports', 'gear'].includes(l)), 'Report Abuse',
  ],
};

export const HELDOUT37_D: readonly TestPage[] = [bloggerContempo, tumblrPost];
