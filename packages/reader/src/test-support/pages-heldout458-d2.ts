import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, settle } from './pages-heldout458-kit.js';

/**
 * Held-out batch 458, file d2: a type design tutorial on WordPress (Hello Elementor with Elementor Pro theme-builder
 * templates) with a code block, share buttons, an author box, related posts and comments.
 */
const eTitle = 'Drawing your first lowercase n';
const eParts: [string, string[]][] = [
  [
    '',
    [
      j(
        'The <strong>n</strong> is where most type designers start a lowercase. It holds the answers to half the questions the other',
        'letters will ask: how thick the stems are, how the arch leaves the stem, how much space sits inside a letter. Get the',
        '<strong>n</strong> right and the <strong>h</strong>, <strong>m</strong> and <strong>u</strong> nearly draw themselves.',
      ),
      'This tutorial uses Glyphs 3, but every step works the same way in FontLab or RoboFont.',
    ],
  ],
  [
    'Before you start',
    [
      'Set your units per em to 1000 and your x-height to somewhere between 480 and 520 units.',
      'Draw a lowercase o first, or borrow one from an earlier sketch. You will need its overshoot.',
      'Decide on a stem weight. For a text regular, 80 to 90 units is a sensible place to begin.',
    ],
  ],
  [
    'Step 1: the stem',
    [
      j(
        'Draw a rectangle from the baseline to the x-height, as wide as your stem weight. Place it about 60 units from the left edge of',
        'the glyph. This is the left sidebearing, and you will adjust it later.',
      ),
    ],
  ],
  [
    'Step 2: the arch',
    [
      j(
        'The arch joins the stem at about two thirds of the x-height. Where it leaves the stem, make it thinner than the stem itself,',
        'roughly 70 % of the stem weight, or the join will look clotted at small sizes. The top of the arch should overshoot the',
        'x-height by the same amount as your <strong>o</strong>.',
      ),
      j(
        'Bring the arch down into the right-hand stem with a smooth curve. Resist the temptation to make the shoulder perfectly round:',
        'a slightly squarer shoulder reads better in text.',
      ),
    ],
  ],
  [
    'Step 3: spacing',
    [
      j(
        'Set the right sidebearing a little smaller than the left, because the arch lets light into the letter from the top right. Then',
        'type <em>nnnnonnnn</em> and adjust until the rhythm is even. This string will be your spacing test for the whole lowercase.',
      ),
      'If you like to script these checks, this short snippet prints the sidebearings of the selected glyphs:',
      'Common mistakes',
      'An arch that joins too low, which makes the letter look like it is slouching.',
      'Counters that are too narrow, so the n looks darker than the o.',
      'Copying the stem to the right side without thinning the arch where it meets it.',
    ],
  ],
];
const eCode = `for layer in Glyphs.font.selectedLayers:
    print(layer.parent.name, layer.LSB, layer.RSB)`;
const eNav = ['Courses', 'Tutorials', 'Workshops', 'Shop', 'About'];
const eRel = ['Spacing the lowercase in one afternoon', 'How to draw a convincing italic a', 'Overshoot, explained'];
const eFoot = ['Imprint', 'Privacy Policy', 'Cookie settings'];
const eWidget = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${type}" data-element_type="widget" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const eContent = eParts
  .map(([h, paras], i) => {
    const head = h === '' ? '' : `<h2 class="wp-block-heading">${h}</h2>\n`;
    if (i === 1) return `${head}<ul class="wp-block-list">${lis(paras)}</ul>`;
    if (i === 4) {
      const [a, b, c, ...rest] = paras;
      return `${head}${ps([a ?? '', b ?? ''])}\n<pre class="wp-block-code"><code>${eCode}</code></pre>\n<h3 class="wp-block-heading">${c}</h3>
<ul class="wp-block-list">${lis(rest)}</ul>`;
    }
    return `${head}${ps(paras)}`;
  })
  .join('\n');
const eHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Drawing your first lowercase n – Kernwell Academy</title><meta name='robots' content='index, follow, max-image-preview:large'>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${eTitle}",
"author":{"name":"Priya Castellane"},"datePublished":"2026-05-12T09:30:00+00:00","articleSection":["Tutorials"]}]}</script>
<link rel='stylesheet' id='elementor-frontend-css'
href='https://kernwell.academy/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.7' media='all'>
<link rel='stylesheet' id='hello-elementor-css' href='https://kernwell.academy/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1' media='all'>
<script src="https://kernwell.academy/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-4812 single-format-standard elementor-default elementor-kit-7 elementor-page-118">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="22" class="elementor elementor-22 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${eWidget(
  'theme-site-logo',
  `<a href="https://kernwell.academy">
<img width="180" height="40" src="/wp-content/uploads/kernwell-logo.svg" alt="Kernwell Academy"></a>`,
)}
${eWidget(
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-3f1a" class="elementor-nav-menu">
${links(eNav, 'menu-item menu-item-type-post_type')}</ul></nav>`,
)}
${eWidget(
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="/courses/">
<span class="elementor-button-text">Join a course</span></a>`,
)}
</div></div></div>
<div data-elementor-type="single-post" data-elementor-id="118"
class="elementor elementor-118 elementor-location-single post-4812 post type-post status-publish">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${eWidget(
  'breadcrumbs',
  `<p id="breadcrumbs"><span><span><a href="https://kernwell.academy/">Home</a></span> » <span><a href="/tutorials/">Tutorials</a></span>
 » <span class="breadcrumb_last" aria-current="page">${eTitle}</span></span></p>`,
)}
${eWidget('theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${eWidget(
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-a1" itemprop="author">
<span class="elementor-icon-list-text elementor-post-info__item">By Priya Castellane</span></li>
<li class="elementor-icon-list-item elementor-repeater-item-a2" itemprop="datePublished"><span class="elementor-icon-list-text">12 May 2026</span></li>
<li class="elementor-icon-list-item elementor-repeater-item-a3" itemprop="commentCount"><span class="elementor-icon-list-text">2 Comments</span></li></ul>`,
)}
${eWidget(
  'theme-post-featured-image',
  `<img width="1200" height="675" src="/wp-content/uploads/2026/05/lowercase-n.png"
alt="The lowercase n with its arch highlighted">`,
)}
${eWidget('theme-post-content', eContent)}
${eWidget(
  'share-buttons',
  `<div class="elementor-grid">${['Facebook', 'LinkedIn', 'Email']
    .map(
      (s) => `<div class="elementor-grid-item"><div class="elementor-share-btn
elementor-share-btn_${s.toLowerCase()}" role="button" tabindex="0" aria-label="Share on ${s}"><div class="elementor-share-btn__text">
<span class="elementor-share-btn__title">${s}</span>
</div></div></div>`,
    )
    .join('')}</div>`,
)}
${eWidget(
  'author-box',
  `<div class="elementor-author-box"><div class="elementor-author-box__text"><h4 class="elementor-author-box__name">Priya Castellane</h4>
<div class="elementor-author-box__bio">Priya teaches type design at Kernwell and draws text faces for newspapers.</div></div></div>`,
)}
${eWidget('heading', '<h2 class="elementor-heading-title elementor-size-default">More tutorials</h2>')}
${eWidget(
  'posts',
  `<div class="elementor-posts-container elementor-posts elementor-grid">${eRel
    .map(
      (t) => `<article class="elementor-post elementor-grid-item">
<div class="elementor-post__text"><h3 class="elementor-post__title"><a href="/tutorials/x/">${t}</a></h3></div></article>`,
    )
    .join('\n')}</div>`,
)}
${eWidget(
  'post-comments',
  `<section id="comments" class="comments-area"><h2 class="title-comments">2 Responses</h2><ol class="comment-list">
<li id="comment-91" class="comment even thread-even depth-1"><article id="div-comment-91" class="comment-body"><footer class="comment-meta">
<div class="comment-author vcard">
<b class="fn">Jonas Belle</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-91">
<time datetime="2026-05-13">13 May 2026 at 8:14 am</time></a>
</div></footer><div class="comment-content"><p>The nnnnonnnn trick changed everything for me. Thank you!</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div></article></li>
<li id="comment-94" class="comment odd alt thread-odd depth-1"><article id="div-comment-94" class="comment-body"><footer class="comment-meta">
<div class="comment-author vcard">
<b class="fn">Aiko Marsh</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-94">
<time datetime="2026-05-15">15 May 2026 at 6:02 pm</time></a>
</div></footer><div class="comment-content"><p>Would you do one on the lowercase a next? That is the one I always get stuck on.</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform"
class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p><p class="comment-form-comment">
<label for="comment">Comment *</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></section>`,
)}
</div></div></div>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer"><div class="e-con-inner">
${eWidget('text-editor', '<p>Kernwell Academy · Type design courses online and in Leeds</p>')}
${eWidget(
  'icon-list',
  `<ul class="elementor-icon-list-items">${eFoot
    .map(
      (t) => `<li class="elementor-icon-list-item"><a href="/${t.toLowerCase().replace(/ /g, '-')}/">
<span class="elementor-icon-list-text">${t}</span></a></li>`,
    )
    .join('')}</ul>`,
)}
${eWidget('text-editor', '<p>© 2026 Kernwell Academy Ltd.</p>')}</div></div>
<script src="https://kernwell.academy/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.24.3" id="elementor-pro-frontend-js"></script>
</body></html>`;
const lowercaseN: TestPage = settle({
  name: 'heldout458-elementor-tutorial',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: [...eParts.map(([h]) => h).filter((h) => h !== ''), 'Common mistakes'],
  body: texts(eParts.flatMap(([, p]) => p).filter((p) => p !== 'Common mistakes')),
  bylines: ['By Priya Castellane', '12 May 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Join a course', 'Home', 'Tutorials', '»', '2 Comments', 'Facebook', 'LinkedIn', 'Email', 'Priya Castellane',
    'Priya teaches type design at Kernwell and draws text faces for newspapers.', 'More tutorials', ...eRel, '2 Responses', 'Jonas Belle', 'says:',
    '13 May 2026 at 8:14 am', 'The nnnnonnnn trick changed everything for me. Thank you!', 'Aiko Marsh', '15 May 2026 at 6:02 pm',
    'Would you do one on the lowercase a next? That is the one I always get stuck on.', 'Reply', 'Leave a Reply',
    'Your email address will not be published. Required fields are marked *', 'Comment *', 'Kernwell Academy · Type design courses online and in Leeds',
    ...eFoot, '© 2026 Kernwell Academy Ltd.',
  ],
});

export const HELDOUT458_D2: readonly TestPage[] = [lowercaseN];
