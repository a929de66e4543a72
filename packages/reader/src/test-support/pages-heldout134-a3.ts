import { seHtml } from './pages-heldout134-se.js';
import type { SeSite } from './pages-heldout134-se2.js';

/**
 * Held-out batch 134, file a3: the Ask Ubuntu question of file a (a Wi-Fi adapter that does not come back after suspend),
 * with two comments, three answers (one accepted and edited, one a "me too" non-answer with a review comment), rendered
 * with the Stack Exchange kit; Ask Ubuntu's footer carries its trademark note.
 */
export const auSite: SeSite = {
  name: 'Ask Ubuntu',
  host: 'askubuntu.com',
  slug: 'askubuntu',
  title: 'Wi-Fi adapter disappears after resume from suspend on 24.04, only a reboot brings it back',
  asked: '4 days ago',
  modified: '1 day ago',
  viewed: '1k times',
  tags: ['networking', 'wireless', 'suspend', '24.04'],
  question: {
    id: '1548812',
    score: '7',
    blocks: [
      `Since upgrading my laptop from 22.04 to 24.04 last week, the Wi-Fi does not come back after I close the lid and open it again. The
icon in the top bar shows the network as disconnected and the list of networks in Settings is completely empty. Turning Wi-Fi off
and on again in Settings does nothing.`,
      'The only thing that brings it back is a full reboot. This is what the journal shows straight after resume:',
      '```wlp0s20f3: link is not ready\niwlwifi 0000:00:14.3: Failed to resume, error -110\nNetworkManager: device (wlp0s20f3): state change: unavailable',
      `The laptop is a Corvane Slate 14 and the adapter uses the <code>iwlwifi</code> driver. I have already tried reinstalling
<code>linux-firmware</code> and turning Wi-Fi power saving off in NetworkManager, and neither made any difference.`,
      'Is there a way to bring the adapter back without rebooting, or better still, to stop this happening in the first place?',
    ],
    user: 'rowan_p',
    rep: '153',
    badges: ['', '1', '7'],
    when: 'Mar 4 at 21:15',
    comments: [
      {
        score: '2',
        text: `Does <code>sudo modprobe -r iwlwifi &amp;&amp; sudo modprobe iwlwifi</code> bring it back after a resume? That would tell us whether
the problem is the driver or NetworkManager.`,
        user: 'karst_valley',
        date: 'Mar 4 at 22:03',
      },
      {
        score: '0',
        text: '@karst_valley yes, reloading the module brings the network back straight away. The networks list fills up again within a few seconds.',
        user: 'rowan_p',
        date: 'Mar 4 at 22:31',
      },
    ],
  },
  answers: [
    {
      id: '1548840',
      score: '23',
      accepted: true,
      blocks: [
        `Since reloading the module fixes it, the simplest workaround is to have systemd do that for you around suspend. Any executable
file in <code>/usr/lib/systemd/system-sleep/</code> is run before suspend with <code>pre</code> as its first argument and after
resume with <code>post</code>, so create one there:`,
        '```#!/bin/sh\ncase "$1" in\n  pre)  modprobe -r iwlwifi ;;\n  post) modprobe iwlwifi ;;\nesac',
        `Make it executable with <code>chmod +x</code> and the adapter will be unloaded before the laptop sleeps and loaded again when it
wakes. It adds a second or two to resume, but you will not have to reboot any more.`,
        `The underlying cause on a lot of these machines is the firmware not restoring the adapter's power state after modern standby. If
your firmware setup has an option for the sleep state, switching it from "Windows and Linux" to "Linux" fixes it properly on many
models. Check that first, because it usually improves battery drain while suspended as well.`,
      ],
      user: 'Ines Achterberg',
      rep: '8,412',
      badges: ['3', '29', '41'],
      when: 'Mar 5 at 9:47',
      edited: 'edited Mar 6 at 14:02',
      comments: [
        {
          score: '3',
          text: `The firmware setting was exactly it. There was a "Sleep mode" option under Power, and with it set to Linux the adapter survives
every resume. Thank you!`,
          user: 'rowan_p',
          date: 'Mar 5 at 19:20',
        },
        {
          score: '1',
          text: 'The script works on a Corvane Slate 15 as well, which has no sleep setting in the firmware at all.',
          user: 'margit.oyelaran',
          date: 'Mar 6 at 8:12',
        },
      ],
    },
    {
      id: '1548903',
      score: '4',
      blocks: [
        `Before you add scripts, check whether the hardware enablement kernel is installed. Moving to it fixed the same error -110 for me on
a different laptop with the same driver:`,
        '```sudo apt install --install-recommends linux-generic-hwe-24.04',
        'Reboot afterwards and try a few suspend cycles. If it still happens, the system-sleep script in the accepted answer is the way to go.',
      ],
      user: 'Dariusz Wendt',
      rep: '1,209',
      badges: ['', '6', '18'],
      when: 'Mar 5 at 16:30',
      comments: [],
    },
    {
      id: '1549010',
      score: '0',
      blocks: ['Same problem here on a Halberd desktop with a PCIe Wi-Fi card, also since 24.04. Has anyone found a fix that does not involve a script?'],
      user: 'user3318806',
      rep: '1',
      badges: [],
      when: 'Mar 7 at 10:41',
      comments: [
        {
          score: '0',
          text: `This does not really answer the question. If you have a different question, you can ask it by clicking Ask Question. To be
notified when this question gets new answers, you can follow it.`,
          user: 'karst_valley',
          date: 'Mar 7 at 11:05',
        },
      ],
    },
  ],
  blog: ['How a small team rebuilt its on-call rota', 'Podcast 712: The database that would not die'],
  meta: ['Updates to the moderator election timeline', 'Community asks: should old release tags be merged?'],
  related: [
    ['12', 'Wireless stops working after suspend on 22.04'],
    ['3', 'NetworkManager shows no networks after waking from sleep'],
    ['41', 'How do I run a script before suspend and after resume?'],
    ['0', 'iwlwifi: Failed to resume, error -110 on a new laptop'],
  ],
  hot: [
    'Why do sailing ships heel less when they are going faster?',
    'Is it rude to decline a second helping at a host’s dinner table?',
    'How did early printers justify lines of type by hand?',
    'What is the smallest prime that is also a palindrome in base 3?',
  ],
  footerNote: 'Ubuntu and Canonical are registered trademarks of Canonical Ltd.',
};
export const auHtml = seHtml(auSite);
