import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 182, file e3: an AWS re:Post question (QAPage JSON-LD, the AWS cookie banner, the re:Post header with
 * "Questions", "Knowledge Center", "Articles", "Ask question" and "Sign in", the h1, "asked" line with views, tags as
 * links, the question, an "Accepted Answer" with the EXPERT badge and "reviewed" line, an AWS answer with "AWS" badge, a
 * comment, vote and share buttons, the "You are not logged in" box, "Relevant content" rail and the AWS footer).
 */
const title = 'Aurora PostgreSQL replica lag spikes every night around 02:00 UTC';
const q = [
  'We run an Aurora PostgreSQL 15 cluster with one writer and two readers (db.r6g.2xlarge). Every night at about 02:00 UTC the ' +
    'replica lag on both readers jumps from a few milliseconds to between 20 and 40 seconds, and stays there for around ten ' +
    'minutes. Our reporting service reads from the readers, so it sometimes returns stale data during that window.',
  'Nothing in our application is scheduled at that time. The writer CPU goes from about 15% to 35% during the window. The ' +
    'maintenance window for the cluster is on Sundays, and the spikes happen every night. What should we look at?',
];
const a1 = [
  'Check the automated jobs running inside the database rather than in your application. A nightly <code>VACUUM</code> from ' +
    'pg_cron, a materialized view refresh, or a large batch delete from another team can all produce a burst of write-ahead ' +
    'log that the readers have to apply. On Aurora, readers share storage with the writer, but they still have to replay ' +
    'changes into their buffer caches, and heavy write bursts show up as lag.',
  'To confirm, look at these during the window:',
];
const a1List = [
  'The WriteIOPS and WriteThroughput metrics on the writer in CloudWatch.',
  'The <code>cron.job_run_details</code> table if pg_cron is enabled.',
  'Performance Insights on the writer, grouped by SQL, for the top statements between 01:55 and 02:15.',
];
const a1b =
  'If it turns out to be a long-running statement on a reader that conflicts with replay, you may also see the ' +
  'AuroraReplicaLag metric jump at the same moment a reader query is cancelled. In that case it is worth splitting the report ' +
  'queries into smaller pieces.';
const a2 = [
  'Thanks for the detailed description. In addition to the steps above, please check whether AWS Backup or an export task is ' +
    'scheduled for this cluster at that time. Snapshot exports to Amazon S3 read heavily from storage and can increase lag on ' +
    'readers with a busy buffer cache.',
  'If you can share the cluster identifier through a support case, our team can look at the internal replay metrics for the ' + 'affected period.',
];
const comment = 'It was pg_cron. Another team had scheduled a VACUUM FULL on an audit table at 02:00. Moving it to Sunday fixed the lag.';
const tags = ['Amazon Aurora', 'PostgreSQL', 'Amazon RDS'];
const nav = ['Questions', 'Knowledge Center', 'Articles', 'Community Groups', 'Topics', 'Tags', 'Ask question', 'Sign in'];
const relevant = [
  'How do I troubleshoot high replica lag with Amazon Aurora PostgreSQL?',
  'Why is my Aurora reader instance lagging behind the writer?',
  'How do I use pg_cron with Amazon Aurora PostgreSQL?',
];
const relMeta = ['AWS OFFICIAL', 'Updated 8 months ago'];
const notLogged = [
  'You are not logged in. Log in to post an answer.',
  'A good answer clearly answers the question and provides constructive feedback and encourages professional growth in the question asker.',
  'Guidelines for Answering Questions',
];
const cookie = [
  'Select your cookie preferences',
  'We use essential cookies and similar tools that are necessary to provide our site and services. We use performance cookies ' +
    'to collect anonymous statistics, so we can understand how customers use our site and make improvements.',
  'Accept',
  'Decline',
  'Customize',
];
const foot = ['Privacy', 'Site terms', 'Cookie preferences'];
const actions = (n: string): string => `<div class="PostActions_actions__Zq1"><button aria-label="Vote up" class="awsui-button"></button><span
class="PostActions_count__b2">${n}</span><button aria-label="Vote down" class="awsui-button"></button><button class="awsui-button">Share</button></div>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Aurora PostgreSQL replica lag spikes every night around 02:00 UTC | AWS re:Post</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${q[0]?.slice(0, 150)}">
<meta property="og:title" content="${title}"><meta property="og:site_name" content="AWS re:Post">
<link rel="canonical" href="https://repost.aws/questions/QUx7bK2m4fRr2vC9nWd8aQzg/aurora-postgresql-replica-lag-spikes-every-night">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${title}","answerCount":2,
"dateCreated":"2025-09-03T09:14:00.000Z","author":{"@type":"Person","name":"Nadira Feldmann"},"acceptedAnswer":{"@type":"Answer",
"text":"Check the automated jobs running inside the database.","upvoteCount":3,"author":{"@type":"Person","name":"Ottilie Marchetti"}}}}</script>
<script src="https://a0.awsstatic.com/s_code/js/3.0/awshome_s_code.js" defer></script>
<script src="https://repost.aws/_next/static/chunks/pages/questions/%5BquestionId%5D-2f91.js" defer></script></head>
<body><div id="awsccc-cb-c" class="awsccc-cs-container" role="region" aria-label="Cookie banner"><div class="awsccc-cs-top-container">
<h2 class="awsccc-cs-title">${cookie[0]}</h2><p class="awsccc-cs-text">${cookie[1]}</p></div><div class="awsccc-cs-btn-container">
<button data-id="awsccc-cb-btn-accept">${cookie[2]}</button><button data-id="awsccc-cb-btn-decline">${cookie[3]}</button>
<button data-id="awsccc-cb-btn-customize">${cookie[4]}</button></div></div>
<div id="__next"><header class="Header_header__a1"><a href="/" class="Header_logo__x2" aria-label="re:Post home"><img alt="AWS re:Post"
src="https://repost.aws/static/logo.svg"></a><nav class="Header_nav__p3"><ul>${links(nav, 'Header_item__k8')}</ul></nav></header>
<main class="QuestionPage_main__c0"><div class="QuestionPage_content__w3">
<h1 class="QuestionPage_title__r4">${title}</h1>
<div class="QuestionPage_meta__d1"><span>asked 2 months ago</span> <span>·</span> <span>412 views</span></div>
<div class="QuestionPage_question__f2">${q.map((p) => `<p>${p}</p>`).join('\n')}</div>
<ul class="TagList_tags__m5">${links(tags, 'TagList_tag__h2')}</ul>
<div class="PostAuthor_author__u7"><img alt="profile picture" src="https://repost.aws/avatar/nf.png"><a href="/profile/AROnf">Nadira Feldmann</a>
<span>asked 2 months ago</span></div>${actions('2')}
<section class="Answers_answers__t6"><h2 class="Answers_title__q9">2 Answers</h2>
<div class="Answer_answer__z1 Answer_accepted__g4"><div class="Answer_badge__y7">Accepted Answer</div>
<div class="Answer_body__e2"><p>${a1[0]}</p>\n<p>${a1[1]}</p>\n<ul>${a1List.map((t) => `<li>${t}</li>`).join('\n')}</ul>\n<p>${a1b}</p></div>
<div class="PostAuthor_author__u7"><img alt="profile picture" src="https://repost.aws/avatar/om.png"><a href="/profile/AROom">Ottilie Marchetti</a>
<span class="Badge_expert__o3">EXPERT</span><span>answered 2 months ago</span></div>
<div class="PostAuthor_reviewed__n1"><a href="/profile/AROrs">Rashid Solberg</a>
<span class="Badge_expert__o3">EXPERT</span> <span>reviewed a month ago</span></div>
${actions('3')}
<div class="Comments_comments__v8"><div class="Comment_comment__s2"><p>${comment}</p><div class="Comment_meta__b9"><a href="/profile/AROnf">Nadira Feldmann</a>
<span>replied 2 months ago</span></div></div><button class="awsui-button awsui-button-variant-link">Comment</button></div></div>
<div class="Answer_answer__z1"><div class="Answer_body__e2">${a2.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="PostAuthor_author__u7"><img alt="profile picture" src="https://repost.aws/avatar/aws.png"><a href="/profile/AROdm">Darius M.</a>
<span class="Badge_aws__i4">AWS</span><span>SUPPORT ENGINEER</span><span>answered 2 months ago</span></div>${actions('0')}
<button class="awsui-button awsui-button-variant-link">Comment</button></div></section>
<section class="AnswerForm_form__l2"><h2>Add your answer</h2><p>${notLogged[0]}</p><p>${notLogged[1]}</p>
<a href="/knowledge-center/guidelines">${notLogged[2]}</a>
</section></div>
<aside class="QuestionPage_rail__j5"><h2>Relevant content</h2><ul>${relevant
  .map((t) => `<li><a href="/knowledge-center/${t.length}">${t}</a><span>${relMeta[0]}</span><span>${relMeta[1]}</span></li>`)
  .join('\n')}</ul></aside></main>
<footer class="Footer_footer__h3"><ul>${links(foot, 'Footer_item__c1')}</ul>
<p>© 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.</p></footer></div></body></html>`;

export const rePost: TestPage = {
  name: 'heldout182-aws-repost-question',
  kind: 'forum',
  html,
  // question, both answers and the asker's comment are body; names and the asked / answered / reviewed / replied lines are
  // bylines; badges (EXPERT, AWS, SUPPORT ENGINEER, Accepted Answer), counts, tags, buttons and the rail are furniture
  title,
  headings: [],
  body: texts([...q, ...a1, ...a1List, a1b, ...a2, comment]),
  // biome-ignore format: packed
  bylines: [
    'asked 2 months ago', 'Nadira Feldmann', 'Ottilie Marchetti', 'answered 2 months ago', 'Rashid Solberg', 'reviewed a month ago', 'replied 2 months ago',
    'Darius M.',
  ],
  // biome-ignore format: packed
  furniture: [
    ...cookie, ...nav, '412 views', ...tags, 'Share', '2 Answers', 'Accepted Answer', 'EXPERT', 'Comment', 'AWS', 'SUPPORT ENGINEER', 'Add your answer',
    ...notLogged, 'Relevant content', ...relevant, ...relMeta, ...foot, '© 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.',
  ],
};
