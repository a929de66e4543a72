import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 168, file d2: an Apache Kafka documentation section on kafka.apache.org (the site header with its nav and
 * "Download Kafka" button, the docs version banner, the sticky sub-nav, breadcrumbs, numbered section headings with anchor
 * links, a config table, the ASF event promo, and the footer with the trademark text and ASF links).
 */
const kfTitle = '6.4 Tiered Storage';
const kfH1 = 'Overview';
const kfP1 = [
  'Tiered storage splits a topic\u2019s log into a local tier on the broker\u2019s disks and a remote tier in an external store such as ' +
    'an object store or a distributed file system. Recent segments stay local, where consumers reading from the head of the log ' +
    'get the lowest latency, while older segments are copied to the remote tier and deleted from the broker.',
  'Because brokers hold far less data, adding or replacing a broker no longer means copying days of history across the network, ' +
    'and retention can be extended to months without buying more broker disk.',
];
const kfH2 = 'Configuration';
const kfP2 = [
  'Tiered storage is enabled on the broker and then turned on per topic. Brokers need a remote storage manager plugin for the ' +
    'chosen store and a remote log metadata manager, which by default keeps its records in an internal topic.',
];
const kfRows = [
  ['remote.log.storage.system.enable', 'Enables tiered storage on the broker.', 'false'],
  ['remote.log.storage.manager.class.name', 'The plugin class that copies segments to and from the remote tier.', 'null'],
  ['local.retention.ms', 'How long a segment is kept on local disk after it has been copied to the remote tier.', '-2'],
  ['remote.storage.enable', 'Topic-level switch that turns on tiering for the topic.', 'false'],
];
const kfP3 = [
  'A value of <code>-2</code> for <code>local.retention.ms</code> means the topic\u2019s overall <code>retention.ms</code> is used, ' +
    'which keeps everything locally and defeats the purpose. Most clusters set it to a few hours.',
];
const kfH3 = 'Reading from the remote tier';
const kfP4 = [
  'Consumers need no changes. When a fetch asks for an offset that is no longer on local disk, the broker reads the segment from ' +
    'the remote tier through the plugin and serves it as usual. Such fetches are slower than local ones, so applications that ' +
    'replay history in bulk should expect lower throughput than they see at the head of the log.',
  'Remote reads run on a separate thread pool sized by <code>remote.log.reader.threads</code>, so a consumer replaying old data ' +
    'does not hold up producers or consumers reading recent data.',
];
const kfH4 = 'Limitations';
const kfL = [
  'Compacted topics cannot use tiered storage.',
  'Once enabled on a topic, tiered storage can be disabled only by deleting the topic\u2019s remote data first.',
  'The remote tier must be reachable by every broker that can lead a partition of the topic.',
];
const kfNav = ['Get Started', 'Docs', 'Powered By', 'Community', 'Blog', 'Apache', 'Download Kafka'];
const kfVersion = 'You\u2019re viewing documentation for an older version of Kafka - check out our current documentation here.';
const kfSub = ['Getting Started', 'APIs', 'Configuration', 'Design', 'Implementation', 'Operations', 'Security', 'Kafka Connect', 'Kafka Streams', 'Docker'];
const kfCrumbs = ['Documentation', 'Operations'];
const kfPromo = 'Community over Code NA 2025: join the Kafka track in Denver this October.';
const kfFoot = [
  'The contents of this website are © 2025 Apache Software Foundation under the terms of the Apache License v2. Apache Kafka, Kafka, ' +
    'and the Kafka logo are either registered trademarks or trademarks of The Apache Software Foundation in the United States and ' +
    'other countries.',
  'Security',
  'Donate',
  'Thanks',
  'Events',
  'License',
  'Privacy',
  'Sponsorship',
  'Code of Conduct',
];
const kfA = (id: string, t: string): string => `<h4 class="anchor-heading"><a id="${id}" class="anchor-link"></a><a href="#${id}">${t}</a></h4>`;
const kfHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><title>Apache Kafka</title>
<link rel="stylesheet" href="/css/styles.css?16"><link rel="stylesheet" href="/css/fonts.css"><link rel="icon" type="image/gif"
href="/images/apache_feather.gif">
<meta name="description" content="Apache Kafka: A Distributed Streaming Platform."><script src="https://code.jquery.example/jquery-3.7.1.min.js"></script>
<script>var _paq = window._paq = window._paq || [];_paq.push(['trackPageView']);</script></head>
<body class="page-documentation"><div class="main"><div class="header"><div class="container"><div class="logo-container">
<a class="logo" href="/"><img class="logo-img" src="/logos/kafka_logo--simple.png" alt="Apache Kafka"></a></div>
<nav class="nav"><div class="nav-drop">${kfNav
  .slice(0, 6)
  .map(
    (t) => `<a class="nav-item"
href="/${t.toLowerCase().replace(/ /g, '')}">${t}</a>`,
  )
  .join('\n')}</div>
<a class="btn btn--secondary btn--sm nav-btn" href="/downloads">${kfNav[6]}</a></nav></div></div>
<div class="content documentation"><div class="docs-nav docs-nav--old-version" id="docs-version-banner"><p>${kfVersion}</p></div>
<div class="sub-nav-sticky"><div class="sticky-top"><div class="navbar"><ul class="sub-nav-items">${links(kfSub, 'sub-nav-item')}</ul></div></div></div>
<div class="right"><div class="p-docs"><div class="breadcrumbs"><a href="/documentation">${kfCrumbs[0]}</a> / <a
href="/documentation/#operations">${kfCrumbs[1]}</a></div>
<h3 class="anchor-heading"><a id="tiered_storage" class="anchor-link"></a><a href="#tiered_storage">${kfTitle}</a></h3>
${kfA('tiered_storage_overview', kfH1)}
${kfP1.map((p) => `<p>${p}</p>`).join('\n')}
${kfA('tiered_storage_config', kfH2)}
<p>${kfP2[0]}</p>
<table class="data-table"><tbody><tr><th>Name</th><th>Description</th><th>Default</th></tr>
${kfRows.map((r) => `<tr><td><code>${r[0]}</code></td><td>${r[1]}</td><td>${r[2]}</td></tr>`).join('\n')}</tbody></table>
<p>${kfP3[0]}</p>
${kfA('tiered_storage_remote_read', kfH3)}
${kfP4.map((p) => `<p>${p}</p>`).join('\n')}
${kfA('tiered_storage_limitations', kfH4)}
<ul>${kfL.map((t) => `<li>${t}</li>`).join('\n')}</ul>
</div></div><div class="apache-event-banner"><a href="https://www.apache.example/events/current-event"><img src="/images/event-banner.png" alt="ASF event">
<span>${kfPromo}</span></a></div></div>
<div class="footer"><div class="footer__inner"><div class="footer__legal"><span class="footer__legal__one">${kfFoot[0]}</span></div>
<div class="footer__links"><ul>${links(kfFoot.slice(1), 'footer__link')}</ul></div></div></div></div>
<script src="/js/docs.js"></script><script>hljs.highlightAll();</script></body></html>`;
export const kafkaPage: TestPage = {
  name: 'heldout168-kafka-docs',
  kind: 'docs',
  html: kfHtml,
  // the numbered h3 is the section title; table data cells are body (the config names in their code cells too), header cells
  // in neither list; the sub-nav's "Configuration" is also a heading and is left out; the logo's alt text is not listed
  title: kfTitle,
  headings: [kfH1, kfH2, kfH3, kfH4],
  body: texts([...kfP1, ...kfP2, ...kfRows.flat(), ...kfP3, ...kfP4, ...kfL]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...kfNav, kfVersion, ...kfSub.filter((t) => t !== 'Configuration'), ...kfCrumbs, kfPromo, ...kfFoot,
  ],
};
