import { links, ps, type TestPage, texts } from './page-kit.js';
import { uniq } from './pages-heldout193-kit.js';

/**
 * Held-out batch 193, file c2: an Analytics Vidhya blog post (program bar, category strip, breadcrumb, author, "Last
 * Updated" date and read time, the Blogathon notice as the first line of the text, the "Table of contents" box, the
 * "Frequently Asked Questions" section, the media-ownership note, tags, author card, the hidden "Keep Reading for Free"
 * login wall, "Responses From Readers" with the reply form, the "Write for us" promo, the footer columns and the cookie
 * banner).
 */
const avTitle = 'A Beginner’s Guide to Target Encoding for High-Cardinality Features';
const avNotice = 'This article was published as a part of the Data Science Blogathon.';
const avH = [
  'Introduction',
  'Learning Objectives',
  'What Is Target Encoding?',
  'The Leakage Problem',
  'Smoothing Rare Categories',
  'Implementing Target Encoding in Python',
  'Conclusion',
  'Key Takeaways',
  'Frequently Asked Questions',
];
const avIntro = [
  'Categorical features with thousands of distinct values, such as postcodes, product IDs or merchant names, are common in real ' +
    'datasets. One-hot encoding them creates thousands of sparse columns, which slows training and often hurts accuracy.',
  'Target encoding takes a different approach. It replaces each category with a number learned from the target itself. Done well, it ' +
    'packs a lot of signal into a single column. Done carelessly, it leaks the answer into the features.',
];
const avGoals = [
  'Understand how target encoding turns categories into numbers.',
  'Recognise why naive target encoding causes overfitting.',
  'Apply smoothing and out-of-fold encoding to avoid leakage.',
];
const avP1 = [
  'For a binary classification problem, target encoding replaces each category with the mean of the target for the rows in that ' +
    'category. If 300 orders came from the merchant “Pelham Outdoor” and 45 of them were returned, the encoded value for that merchant ' +
    'is 0.15.',
  'For regression, the same idea uses the average of the numeric target. The encoded column has one value per category, no matter how ' +
    'many categories there are.',
];
const avP2 = [
  'If you compute the category means on the full training set and then train on that same set, each row’s encoded value already ' +
    'includes its own target. For a category that appears only once, the encoded value is the target. The model learns to trust the ' +
    'column, scores brilliantly in training, and falls apart on new data.',
  'The standard remedy is out-of-fold encoding: split the training data into k folds, and encode each fold using means computed only on the other folds.',
];
const avP3 = [
  'Categories with a handful of rows produce noisy means. Smoothing blends each category’s mean with the global mean, weighted by how ' +
    'many rows the category has. With a smoothing factor m, the encoded value is (n × category mean + m × global mean) / (n + m).',
  'A category with 2 rows ends up close to the global mean, while a category with 2,000 rows keeps almost its own mean. Values of m ' +
    'between 10 and 100 work well for most datasets, but it is worth tuning.',
];
const avP4 = ['Recent versions of scikit-learn include a TargetEncoder that does both smoothing and out-of-fold fitting for you:'];
const avP5 = [
  'Note that fit_transform() uses cross fitting internally, while transform() on the test set uses encodings learned from the whole ' +
    'training set. Calling fit() and then transform() on the training data would bring the leak back.',
];
const avP6 = [
  'Target encoding is a compact and powerful way to handle high-cardinality categorical features, as long as you guard against ' +
    'leakage. Encode out of fold, smooth rare categories, and always evaluate on data the encoder has not seen.',
];
const avTakeaways = [
  'Target encoding replaces a category with the average target value of its rows.',
  'Encoding and training on the same rows leaks the target into the features.',
  'Smoothing pulls rare categories towards the global mean.',
];
const avFaq = [
  [
    'Q1. Is target encoding better than one-hot encoding?',
    'A. For features with many categories it usually is. For a handful of categories, one-hot encoding is simpler and safe.',
  ],
  ['Q2. Can I use target encoding for multiclass problems?', 'A. Yes. You create one encoded column per class, each holding the share of that class.'],
  ['Q3. Does target encoding work with tree-based models?', 'A. Yes, gradient-boosted trees in particular often benefit from it.'],
];
const avPrograms = ['Free Courses', 'Learning Paths', 'GenAI Pinnacle Plus Program', 'Agentic AI Pioneer Program'];
const avCats = ['Interview Prep', 'Career', 'GenAI', 'Prompt Engg', 'ChatGPT', 'LLM', 'Langchain', 'RAG', 'AI Agents', 'Machine Learning'];
const avCats2 = ['Deep Learning', 'GenAI Tools', 'LLMOps', 'Python', 'NLP', 'SQL', 'AIML Projects'];
const avMedia = 'The media shown in this article is not owned by Analytics Vidhya and is used at the Author’s discretion.';
const avTags = ['blogathon', 'feature engineering', 'scikit-learn'];
const avBio = 'Shreya is a data analyst at a payments company in Pune who enjoys explaining machine learning ideas with small examples.';
const avWall = ['Login to continue reading and enjoy expert-curated content.', 'Keep Reading for Free'];
const avReply = ['Responses From Readers', 'Clear', 'Cancel reply', 'Submit reply'];
const avWrite = [
  'Write for us',
  'Write, captivate, and earn accolades and rewards for your work',
  'Reach a Global Audience',
  'Get Expert Feedback',
  'Build Your Brand &amp; Audience',
  'Cash In on Your Knowledge',
];
const avFootCols: [string, string[]][] = [
  ['Company', ['About Us', 'Contact Us', 'Careers']],
  ['Discover', ['Blogs', 'Expert Sessions', 'Comprehensive Guides']],
  ['Learn', ['Free Courses', 'AI&amp;ML Program', 'Pinnacle Plus Program']],
  ['Engage', ['Community', 'Hackathons', 'Events', 'Podcasts']],
  ['Contribute', ['Become an Author', 'Become a Speaker', 'Become a Mentor']],
];
const avFootAbout =
  'Analytics Vidhya is the leading community of Analytics, Data Science and AI professionals. We are building the next-gen data science ecosystem';
const avLegal = ['Terms &amp; conditions', 'Refund Policy', 'Privacy Policy', 'Cookies Policy'];
const avCookie = [
  'We use cookies essential for this site to function well. Please click to help us improve its usefulness with additional cookies. ' +
    'Learn about our use of cookies in our Privacy Policy &amp; Cookies Policy.',
  'Show details',
  'Accept all cookies',
  'Use necessary cookies',
];
const hd = (t: string): string => `<h2 class="wp-block-heading" id="h-${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}">${t}</h2>`;
const ul = (a: readonly string[]): string => `<ul class="wp-block-list">${a.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const avHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${avTitle}</title><meta name="description" content="Learn how target encoding works, why it leaks, and how smoothing and out-of-fold encoding fix it.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Analytics Vidhya"><meta property="og:title" content="${avTitle}">
<meta property="article:published_time" content="2023-06-21T10:15:00+00:00"><meta property="article:modified_time" content="2025-02-14T08:42:27+00:00">
<link rel="canonical" href="https://www.analyticsvidhya.com/blog/2023/06/target-encoding-high-cardinality-features/">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${avTitle}",
"author":{"@type":"Person","name":"Shreya Kulkarni"},"dateModified":"2025-02-14T08:42:27+00:00"},{"@type":"FAQPage","mainEntity":[
{"@type":"Question","name":"Is target encoding better than one-hot encoding?"}]}]}</script>
<link rel="stylesheet" href="https://cdn.analyticsvidhya.example/wp-content/themes/analytics-vidhya/assets/css/blog.min.css">
<script async src="https://www.googletagmanager.example/gtm.js?id=GTM-AV01"></script></head>
<body class="single single-post blog-detail">
<header class="av-header sticky-top"><nav class="navbar navbar-expand-lg"><a class="navbar-brand" href="https://www.analyticsvidhya.com/">
<img src="/wp-content/themes/analytics-vidhya/images/av-logo.svg" alt="Analytics Vidhya"></a><ul class="navbar-nav">${links(avPrograms, 'nav-item')}</ul>
<div class="nav-right"><button class="btn mode-switch" type="button" aria-label="Switch Mode"></button>
<a class="btn btn-login" href="/login/">Login</a></div></nav>
<div class="category-strip"><ul class="list-inline">${links([...avCats, ...avCats2], 'list-inline-item')}</ul></div></header>
<main id="main" class="blog-detail-main"><div class="container"><div class="row"><div class="col-lg-8">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li>
<li class="breadcrumb-item"><a href="/blog/">Blog</a></li><li class="breadcrumb-item"><a href="/blog/category/machine-learning/">Machine Learning</a></li>
</ol></nav>
<article class="blog-article" id="post-998421"><h1 class="blog-title">${avTitle}</h1>
<div class="author-meta d-flex"><img class="rounded-circle" alt="Shreya Kulkarni" src="/wp-content/uploads/authors/shreya.jpg" width="40">
<div><a class="author-name" href="/blog/author/shreya_k/">Shreya Kulkarni</a><div class="post-info">
<span class="updated-date">Last Updated : 14 Feb, 2025</span>
<span class="read-time"><i class="fa fa-clock"></i> 8 min read</span></div></div></div>
<div class="blog-content entry-content">
<p><em>${avNotice}</em></p>
<div class="ez-toc-v2_0 ez-toc-container"><div class="ez-toc-title-container"><p class="ez-toc-title">Table of contents</p></div>
<nav><ul class="ez-toc-list">${avH.map((t) => `<li><a class="ez-toc-link" href="#h-${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}">${t}</a></li>`).join('')}
</ul></nav></div>
${hd(avH[0] ?? '')}
${ps(avIntro)}
${hd(avH[1] ?? '')}
${ul(avGoals)}
${hd(avH[2] ?? '')}
${ps(avP1)}
<div class="ad-slot in-content" data-slot="av_incontent_1"></div>
${hd(avH[3] ?? '')}
${ps(avP2)}
${hd(avH[4] ?? '')}
${ps(avP3)}
${hd(avH[5] ?? '')}
${ps(avP4)}
<pre class="wp-block-code"><code>from sklearn.preprocessing import TargetEncoder

encoder = TargetEncoder(smooth=20, cv=5, random_state=42)
X_train["merchant_te"] = encoder.fit_transform(X_train[["merchant"]], y_train)
X_test["merchant_te"] = encoder.transform(X_test[["merchant"]])</code></pre>
${ps(avP5)}
${hd(avH[6] ?? '')}
${ps(avP6)}
${hd(avH[7] ?? '')}
${ul(avTakeaways)}
<p class="media-disclaimer"><strong>${avMedia}</strong></p>
${hd(avH[8] ?? '')}
${avFaq.map(([q, a]) => `<p><strong>${q}</strong></p>\n<p>${a}</p>`).join('\n')}
</div>
<div class="tags-list">${avTags.map((t) => `<a class="tag" href="/blog/tag/${t.replace(/ /g, '-')}/">${t}</a>`).join('')}</div>
<div class="author-card"><img class="rounded-circle" alt="" src="/wp-content/uploads/authors/shreya.jpg"><div><h5 class="author-card__name">Shreya Kulkarni</h5>
<p class="author-card__bio">${avBio}</p></div></div>
<div class="login-wall d-none" id="loginWall" aria-hidden="true"><p>${avWall[0]}</p><a class="btn btn-primary" href="/login/">${avWall[1]}</a></div>
<section id="comments" class="comments-area"><h3 class="comments-title">${avReply[0]}</h3><div id="respond" class="comment-respond">
<form id="commentform" class="comment-form"><textarea id="comment" name="comment" rows="4"></textarea>
<button type="reset" class="btn btn-link">${avReply[1]}</button><a id="cancel-comment-reply-link" href="#respond" style="display:none;">${avReply[2]}</a>
<button type="submit" class="btn btn-primary">${avReply[3]}</button></form></div></section>
</article></div>
<aside class="col-lg-4 sidebar"><div class="write-for-us-card"><h4>${avWrite[0]}</h4><p>${avWrite[1]}</p><ul class="benefits">
${avWrite
  .slice(2)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul><a class="btn btn-primary" href="/blogathon/">Become an Author</a></div>
<div class="ad-slot sidebar-ad" data-slot="av_sidebar_1"></div></aside></div></div></main>
<footer class="av-footer"><div class="container"><p class="footer-about">${avFootAbout}</p><div class="row">
${avFootCols
  .map(
    ([h, items]) => `<div class="col"><h6 class="footer-title">${h}</h6><ul>${items.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul>
</div>`,
  )
  .join('\n')}
</div><ul class="footer-legal">${avLegal.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul>
<p class="copyright">© Analytics Vidhya 2025.All rights reserved.</p></div></footer>
<div class="cookie-consent-banner" role="dialog" aria-label="Cookies"><p>${avCookie[0]}</p><button class="btn btn-link">${avCookie[1]}</button>
<button class="btn btn-primary">${avCookie[2]}</button><button class="btn btn-secondary">${avCookie[3]}</button></div>
<script src="https://cdn.analyticsvidhya.example/wp-content/themes/analytics-vidhya/assets/js/blog.min.js"></script></body></html>`;
export const analyticsVidhya: TestPage = {
  html: avHtml,
  name: 'heldout193-analyticsvidhya-blog',
  kind: 'blog',
  // the Blogathon notice and the media note are furniture; Key Takeaways and the FAQ questions and answers are body (the
  // question lines are bold paragraphs, not headings); the table of contents repeats the headings and the
  // "Python" category link is a word of a heading: both left out
  title: avTitle,
  headings: avH,
  body: texts([...avIntro, ...avGoals, ...avP1, ...avP2, ...avP3, ...avP4, ...avP5, ...avP6, ...avTakeaways, ...avFaq.flat()]),
  bylines: ['Shreya Kulkarni', 'Last Updated : 14 Feb, 2025', '8 min read'],
  furniture: uniq([
    ...avPrograms,
    'Login',
    ...avCats.filter((t) => t !== 'Machine Learning'),
    ...avCats2.filter((t) => t !== 'Python'),
    'Home',
    'Blog',
    'Machine Learning',
    avNotice,
    'Table of contents',
    avMedia,
    ...avTags,
    avBio,
    ...avWall,
    ...avReply,
    ...avWrite,
    'Become an Author',
    avFootAbout,
    ...avFootCols.flatMap(([h, items]) => [h, ...items]),
    ...avLegal,
    '© Analytics Vidhya 2025.All rights reserved.',
    ...avCookie,
  ]),
};
