import { ps, type TestPage, texts } from './page-kit.js';
import { mwH, type Shell, vector2022, vector2022Furniture } from './pages-heldout169-skin.js';

/**
 * Held-out batch 169, file c2: a NixOS Wiki page in Vector 2022 on wiki.nixos.org (the Translate extension's "Other
 * languages" bar, an "out of date" maintenance box, note boxes that are part of the text, Nix code in highlighted blocks,
 * the sidebar TOC, tools and appearance menus, categories and the footer).
 */
const page = 'Quillbox';
const title = 'Quillbox';
const intro = [
  'Quillbox is a self-hosted server for shared notes and checklists, with clients for the browser and for phones. NixOS has a ' +
    'module for it since 24.11, so a basic instance needs only a few lines of configuration. This page covers the module, ' +
    'putting it behind a reverse proxy, and the problems people most often ask about in the Matrix room.',
];
const h1 = 'Installation';
const p1 = [
  'To run the server on a NixOS host, enable the service and choose where its data should live. The module creates a system ' +
    'user and a PostgreSQL database for you unless you turn that off.',
];
const code1 = `services.quillbox = {
  enable = true;
  dataDir = "/var/lib/quillbox";
  settings.publicUrl = "https://notes.example.org";
};`;
const p1b = [
  'After running nixos-rebuild switch the server listens on port 8070 on localhost. Open it in a browser and create the first ' +
    'account, which automatically becomes the administrator.',
];
const note1 = 'Note: The first account is created without any invitation, so do not expose the port to the internet before you have made it.';
const h2 = 'Configuration';
const p2 = [
  'Everything in the upstream configuration file can be set through services.quillbox.settings. Secrets such as the SMTP ' +
    'password should not go there, because the Nix store is world-readable. Put them in a file outside the store instead and ' +
    'point environmentFile at it.',
];
const code2 = `services.quillbox.environmentFile = "/run/secrets/quillbox.env";
services.quillbox.settings = {
  mail.smtpHost = "smtp.example.org";
  attachments.maxSizeMiB = 50;
};`;
const h2a = 'Using an existing database';
const p2a = [
  'If you already run PostgreSQL for other services, set database.createLocally to false and give the module a connection ' +
    'string. The database must have the pg_trgm extension enabled, or search will fail silently.',
];
const h3 = 'Reverse proxy';
const p3 = [
  'The example below uses nginx with a certificate from Let’s Encrypt. Quillbox uses WebSockets for live editing, so the ' +
    'proxy must pass the upgrade headers; recommendedProxySettings does that for you.',
];
const code3 = `services.nginx.virtualHosts."notes.example.org" = {
  enableACME = true;
  forceSSL = true;
  locations."/".proxyPass = "http://127.0.0.1:8070";
  locations."/".proxyWebsockets = true;
};`;
const h4 = 'Troubleshooting';
const trouble = [
  'Uploads over 1 MB fail: nginx limits request bodies to 1 MB by default. Set client_max_body_size in the virtual host.',
  'Clients show “server out of date” after an upgrade: clear the service worker in the browser; the server itself is fine.',
  'The service fails to start after changing dataDir: the module does not move old data. Copy it across and fix ownership first.',
];
const h5 = 'See also';
const seeAlso = ['Upstream documentation for Quillbox', 'PostgreSQL', 'Nginx'];
const langs = ['Other languages:', 'English', 'français', '日本語'];
const outdated = ['This article or section is outdated.', 'Reason: The settings options were renamed in 25.05. (Discuss in Talk:Quillbox)'];
const outdatedMore = 'Once the page has been updated this notice can be removed.';
const code = (c: string): string =>
  `<div class="mw-highlight mw-highlight-lang-nix mw-content-ltr" dir="ltr"><pre><span></span>${c.replace(/"/g, '&quot;')}</pre></div>`;
const content = `<div class="mw-pt-languages noprint navigation-not-searchable" lang="en" dir="ltr"><div class="mw-pt-languages-label">${langs[0]}</div>
<ul class="mw-pt-languages-list"><li><span class="mw-pt-languages-selected mw-pt-progress mw-pt-progress--complete" lang="en" dir="ltr">${langs[1]}</span></li>
<li><a href="/wiki/Quillbox/fr" class="mw-pt-progress mw-pt-progress--high" lang="fr" dir="ltr">${langs[2]}</a></li>
<li><a href="/wiki/Quillbox/ja" class="mw-pt-progress mw-pt-progress--low" lang="ja" dir="ltr">${langs[3]}</a></li></ul></div>
<table class="plainlinks metadata ambox ambox-content" role="presentation"><tbody><tr><td class="mbox-image">⏲︎</td><td class="mbox-text">
<b>${outdated[0]}</b><br><small>${outdated[1]?.replace('Talk:Quillbox', '<a href="/wiki/Talk:Quillbox">Talk:Quillbox</a>')}</small><br>
<small>${outdatedMore}</small>
</td></tr></tbody></table>
${ps(intro)}
${mwH(2, h1, page, 1)}
${ps(p1)}
${code(code1)}
${ps(p1b)}
<div class="note" style="border-left:4px solid #36c;padding:0.5em 1em;background:#eaf3ff">${note1.replace('Note:', '<strong>Note:</strong>')}</div>
${mwH(2, h2, page, 2)}
${ps(p2)}
${code(code2)}
${mwH(3, h2a, page, 3)}
${ps(p2a)}
${mwH(2, h3, page, 4)}
${ps(p3)}
${code(code3)}
${mwH(2, h4, page, 5)}
<ul>${trouble.map((t) => `<li>${t.replace(/^([^:]+):/, '<b>$1</b>:')}</li>`).join('\n')}</ul>
${mwH(2, h5, page, 6)}
<ul>${seeAlso.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`).join('\n')}</ul>`;
const shell: Shell = {
  lang: 'en',
  site: 'NixOS Wiki',
  page: title,
  headExtra: `<link rel="canonical" href="https://wiki.nixos.org/wiki/${page}">
<link rel="alternate" hreflang="fr" href="https://wiki.nixos.org/wiki/Quillbox/fr">
<link rel="alternate" hreflang="ja" href="https://wiki.nixos.org/wiki/Quillbox/ja">
<meta name="description" content="Quillbox is a self-hosted server for shared notes.">`,
  bodyClass: `page-${page} rootpage-${page}`,
  h1: `<span class="mw-page-title-main">${title}</span>`,
  tagline: '',
  notice: '',
  personal: ['Create account', 'Log in'],
  tabsLeft: ['Page', 'Discussion'],
  tabsRight: ['Read', 'Edit', 'View history'],
  portlets: [
    { id: 'p-navigation', label: 'Navigation', items: ['Home', 'Recent changes', 'Random page', 'Special pages', 'Help'] },
    { id: 'p-tb', label: 'General', items: ['What links here', 'Related changes', 'Printable version', 'Permanent link', 'Page information'] },
    { id: 'p-nixos', label: 'NixOS', items: ['Download', 'Manual', 'Search packages', 'Search options', 'Discourse'] },
  ],
  content,
  cats: ['Server', 'Web Applications', 'Pages with outdated content'],
  lastmod: 'This page was last edited on 9 November 2025, at 16:58.',
  copyright:
    'Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike 4.0</a> unless ' +
    'otherwise noted.',
  places: ['Privacy policy', 'About the NixOS Wiki', 'Disclaimers'],
  tail: '',
  toc: [h1, h2, h3, h4, h5],
};
export const nixosWiki: TestPage = {
  name: 'heldout169-nixoswiki-service',
  kind: 'wiki',
  html: vector2022(shell),
  title,
  headings: [h1, h2, h2a, h3, h4, h5],
  // the "Note:" box is part of the text (body); the Translate language bar and the outdated box are furniture; the See also
  // list is part of the article (body); Nix code blocks are in neither list
  body: [...texts(intro), ...texts(p1), ...texts(p1b), note1, ...texts(p2), ...texts(p2a), ...texts(p3), ...trouble, ...seeAlso],
  bylines: [shell.lastmod],
  furniture: [...vector2022Furniture(shell).filter((t) => !seeAlso.includes(t)), ...langs, ...outdated, outdatedMore, 'edit'],
};
