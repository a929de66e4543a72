import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 79, file f2: an AWS re:Post Knowledge Center article (the AWS cookie banner, the re:Post header with its nav,
 * search, "Sign in" and "Ask question", the language menu, breadcrumbs, the "AWS OFFICIAL" badge and "Updated" time,
 * "Short description", "Resolution" with sub-headings, the boilerplate AWS CLI "Note:" at the top of the resolution and other
 * notes inside it, "Related information", the feedback box, a comment with "Add comment", the "Relevant content" rail and
 * the footer).
 */
const rpTitle = 'How do I resolve ThrottlingException errors when I publish records to an Amazon Quill stream?';
const rpShort = [
  'Amazon Quill Streams returns a <code>ThrottlingException</code> error when your producers write to a shard faster than the ' +
    'shard’s write quota allows. Each shard accepts up to 1,000 records or 1 MB per second, whichever limit is reached first.',
  'Throttling can also happen when the total request rate is within quota, but most records use the same partition key and land ' + 'on a single shard.',
];
const rpCliNote =
  '<strong>Note:</strong> If you receive errors when you run AWS Command Line Interface (AWS CLI) commands, then see ' +
  '<a href="#">Troubleshoot AWS CLI errors</a>. Also, make sure that you’re using the most recent AWS CLI version.';
const rpCheck = [
  'To find the shards that are throttled, turn on shard-level metrics for the stream and review the ' +
    '<code>WriteThrottledRecords</code> metric in Amazon CloudWatch. A shard that shows throttled records while the others show ' +
    'none indicates a hot partition key.',
  'Run the following command to turn on shard-level metrics:',
];
const rpKeys = [
  'If one partition key receives most of the records, add a random suffix to the key, or use a field with more distinct values, ' +
    'such as a device ID instead of a region name. Records with different keys are spread across all shards of the stream.',
];
const rpKeyNote =
  '<strong>Note:</strong> If your consumers need records with the same key in order, a random suffix breaks that order. In that ' + 'case, add shards instead.';
const rpRetry = [
  'The AWS SDKs retry throttled requests automatically with exponential backoff. If your producer uses its own retry logic, wait ' +
    'at least 100 milliseconds before the first retry and double the wait for each retry after that. Retrying immediately adds ' +
    'load to the shard that is already at its quota.',
  'To reduce the number of requests, batch records with the <code>PutRecords</code> API. One request can carry up to 500 records.',
];
const rpShards = [
  'If all shards are close to their quota, increase the number of shards. For streams in on-demand mode, Quill Streams adds ' +
    'capacity automatically, but it can take up to 15 minutes to double the write capacity after a sudden spike.',
];
const rpRelated = ['Quill Streams quotas and limits', 'Resharding a stream', 'Monitoring Quill Streams with Amazon CloudWatch'];
const rpH = [
  'Short description',
  'Resolution',
  'Identify the throttled shards',
  'Spread records across partition keys',
  'Retry with backoff',
  'Add shards',
  'Related information',
];
const rpNav = ['Home', 'Questions', 'Knowledge Center', 'Articles', 'Selections', 'Tags', 'Topics', 'Community Groups'];
const rpRail: [string, string][] = [
  ['Why does my Quill stream consumer fall behind?', 'AWS OFFICIAL Updated 8 months ago'],
  ['PutRecords partially fails with ProvisionedThroughputExceeded', 'asked a year ago'],
  ['How do I change my Quill stream from provisioned to on-demand mode?', 'AWS OFFICIAL Updated 2 years ago'],
];
const rpFoot = ['Privacy', 'Site terms', 'Cookie preferences'];
const rpCookie =
  'We use essential cookies and similar tools that are necessary to provide our site and services. We use performance cookies to ' +
  'collect anonymous statistics, so we can understand how customers use our site and make improvements.';
const rpComment = 'The hot key was exactly our problem. We were keying on the customer ID and one customer sent 80% of the traffic.';
const rpHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Resolve Quill Streams ThrottlingException errors | AWS re:Post</title><meta name="description" content="I want to resolve ThrottlingException errors."/>
<meta property="og:title" content="Resolve Quill Streams ThrottlingException errors"/><meta property="og:site_name" content="AWS re:Post"/>
<link rel="canonical" href="https://repost.aws/knowledge-center/quill-streams-throttling-exception"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${rpTitle}","dateModified":"2025-08-19T14:02:11.000Z",
"author":{"@type":"Organization","name":"AWS"}}</script><link rel="stylesheet" href="/_next/static/css/b71f3a09e2c4.css"/></head>
<body><div id="awsccc-sb-ux-c" role="region" aria-label="Cookie banner"><div id="awsccc-cb-content"><h2 id="awsccc-cb-title">Select your cookie preferences</h2>
<p id="awsccc-cb-text">${rpCookie}</p><div id="awsccc-cb-buttons"><button data-id="awsccc-cb-btn-accept">Accept</button><button
data-id="awsccc-cb-btn-decline">Decline
</button><button data-id="awsccc-cb-btn-customize">Customize</button></div></div></div>
<div id="__next"><header class="Header_header__Xb2k1"><div class="Header_inner__q7LfA"><a href="/" class="Header_logo__m3Zt0" aria-label="AWS re:Post home">
<span class="Header_wordmark__P0cE2">re:Post</span></a><nav aria-label="Main navigation" class="Header_nav__h1Cw9"><ul>${links(
  rpNav,
  'Header_navItem__Ue4s8',
)}</ul></nav>
<form role="search" class="Header_search__z8Yk3"><input type="search" placeholder="Search re:Post" aria-label="Search re:Post"/></form>
<div class="Header_actions__Wq6d0"><button type="button" class="LanguageMenu_button__aV9c2" aria-haspopup="menu">English</button>
<a href="/auth/signin" class="Button_link__c1Ik5">Sign in</a><a href="/questions/ask" class="Button_primary__kT3b8">Ask question</a></div></div></header>
<main class="KcLayout_main__b1Wz2"><nav aria-label="Breadcrumbs" class="Breadcrumbs_root__n2Ko0"><ol><li><a href="/">re:Post</a></li>
<li><a href="/knowledge-center">Knowledge Center</a></li><li><span aria-current="page">Resolve Quill Streams ThrottlingException errors</span></li></ol></nav>
<div class="KcLayout_grid__L4pq7"><article class="KcArticle_article__gH8s3"><header class="KcArticle_header__Vn2l5"><h1
class="KcArticle_title__p9Rk0">${rpTitle}</h1>
<div class="KcArticle_meta__d2Rt8"><span class="Badge_official__c4Nn1" title="This article was written by AWS">AWS OFFICIAL</span><span
class="KcArticle_updated__u7Ea6">
Updated <time dateTime="2025-08-19T14:02:11.000Z" title="Aug 19, 2025">3 months ago</time></span><span class="KcArticle_readTime__r0Sx2">3 minute
read</span></div>
<div class="KcArticle_actions__j1Ld9"><button type="button" aria-label="Share">Share</button></div></header>
<div class="KcArticle_body__aQ0f3 custom-md-style"><p>I want to resolve <code>ThrottlingException</code> errors that I get when I publish records to my Amazon
Quill stream.</p>
<h2 id="short-description">${rpH[0]}</h2>${rpShort.map((t) => `<p>${t}</p>`).join('\n')}
<h2 id="resolution">${rpH[1]}</h2><p>${rpCliNote}</p>
<h3 id="identify">${rpH[2]}</h3>${rpCheck.map((t) => `<p>${t}</p>`).join('\n')}
<pre><code>aws quillstreams enable-enhanced-monitoring --stream-name example-stream --shard-level-metrics WriteThrottledRecords</code></pre>
<p><strong>Note:</strong> Replace <code>example-stream</code> with the name of your stream.</p>
<h3 id="keys">${rpH[3]}</h3>${rpKeys.map((t) => `<p>${t}</p>`).join('\n')}<p>${rpKeyNote}</p>
<h3 id="retry">${rpH[4]}</h3>${rpRetry.map((t) => `<p>${t}</p>`).join('\n')}
<h3 id="shards">${rpH[5]}</h3>${rpShards.map((t) => `<p>${t}</p>`).join('\n')}
<h2 id="related-information">${rpH[6]}</h2><ul>${rpRelated
  .map(
    (t) => `<li><p><a href="https://docs.aws.amazon.com/"
target="_blank">${t}</a></p></li>`,
  )
  .join('\n')}</ul>
</div><section class="Feedback_root__yT5r2" aria-label="Feedback"><p class="Feedback_question__Ki8m3">Did this article help?</p><div><button
type="button">Yes</button>
<button type="button">No</button></div><a href="/feedback" class="Feedback_link__o3Qe7">Submit feedback</a></section>
<section class="Comments_root__nA4w6" aria-label="Comments"><h2 class="Comments_title__F3k0p">1 Comment</h2><div class="Comment_comment__kP9d2">
<p class="Comment_body__t4Cv8">${rpComment}</p><div class="Comment_meta__Mz1q4"><a href="/users/USq9Xk2" class="Comment_author__w6Lf1">Dana Whitcombe</a>
<time dateTime="2025-10-02T09:41:00.000Z" class="Comment_date__S8pe3">replied a month ago</time></div></div>
<button type="button" class="Button_link__c1Ik5">Add comment</button></section></article>
<aside class="KcLayout_rail__C7hf5"><section class="RelevantContent_root__Ra3j8"><h2 class="RelevantContent_title__Zz1o7">Relevant content</h2><ul>
${rpRail
  .map(
    ([t, m]) => `<li><a href="/questions/${t.length}">${t}</a><p
class="RelevantContent_meta__e2Yd0">${m}</p></li>`,
  )
  .join('\n')}</ul></section></aside></div></main>
<footer class="Footer_footer__Hq3l9"><ul>${links(rpFoot)}</ul><p>© 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.</p></footer></div>
<script id="__NEXT_DATA__"
type="application/json">{"props":{"pageProps":{"kcArticle":{"id":"KC9c2e1","language":"en"}}},"page":"/knowledge-center/[slug]"}</script>
</body></html>`;
export const repostArticle: TestPage = {
  html: rpHtml,
  name: 'heldout79-aws-repost-knowledge-center',
  kind: 'docs',
  // the opening "I want to ..." line and the "Note:" lines (the boilerplate AWS CLI note too) are body; "AWS OFFICIAL",
  // "Share", the feedback box, the comment (its text, author and time) with "Add comment" and the rail are furniture; the
  // "Updated" time and the reading time are bylines
  title: rpTitle,
  headings: rpH,
  body: [
    'I want to resolve ThrottlingException errors that I get when I publish records to my Amazon Quill stream.',
    ...texts(rpShort),
    ...texts([rpCliNote]),
    ...texts(rpCheck),
    'Note: Replace example-stream with the name of your stream.',
    ...texts(rpKeys),
    ...texts([rpKeyNote]),
    ...texts(rpRetry),
    ...rpShards,
    ...rpRelated,
  ],
  bylines: ['Updated 3 months ago', '3 minute read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Select your cookie preferences', rpCookie, 'Accept', 'Decline', 'Customize', 're:Post', ...rpNav, 'English', 'Sign in', 'Ask question',
    'Resolve Quill Streams ThrottlingException errors', 'AWS OFFICIAL', 'Share', 'Did this article help?', 'Yes', 'No', 'Submit feedback', '1 Comment',
    rpComment, 'Dana Whitcombe', 'replied a month ago', 'Add comment', 'Relevant content', ...rpRail.flat(), ...rpFoot,
    '© 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.',
  ],
};
