import type { SeQuestion } from './pages-heldout182-se.js';

/** Held-out batch 182, file c3: the Super User question with an open bounty (a NAS share disconnecting) for file c. */
export const bountyNotice = [
  'This question has an open bounty worth +100 reputation from Ingeborg Matsuda ending in 5 days.',
  'This question has not received enough attention.',
  'I need an answer that explains why the share drops rather than just a script that reconnects it.',
];
export const superUserQuestion: SeQuestion = {
  site: { name: 'Super User', host: 'superuser.com', key: 'superuser' },
  slug: 'mapped-network-drive-disconnects-after-resume-from-modern-standby',
  title: 'Mapped network drive disconnects after resume from Modern Standby',
  tags: ['windows-11', 'network-shares', 'smb', 'sleep'],
  asked: '3 weeks ago',
  askedIso: '2025-10-17T12:09:55',
  modified: '2 days ago',
  viewed: '156 times',
  q: {
    id: 1899420,
    score: '4',
    time: 'Oct 17, 2025 at 12:09',
    edited: 'Nov 4, 2025 at 18:26',
    user: { name: 'Ingeborg Matsuda', rep: '2,250', badges: [1, 11, 30] },
    blocks: [
      {
        p:
          'On a Windows 11 24H2 laptop I map a share from our office NAS as drive <code>S:</code>. After the laptop wakes from ' +
          'Modern Standby, Explorer shows the drive with a red cross and any program that had files open on it complains that the ' +
          'path is unavailable. Clicking the drive in Explorer reconnects it after a few seconds.',
      },
      {
        p:
          'Desktops in the same office with the same mapping never have the problem. The laptop is on Wi-Fi, the desktops are ' +
          'wired. I have already tried:',
      },
      {
        ul: [
          'Setting the mapping to reconnect at sign-in, which it already was.',
          'Turning off "Allow the computer to turn off this device to save power" for the Wi-Fi adapter.',
          'Raising the SMB client session timeout in the registry from 60 to 300 seconds.',
        ],
      },
      {
        p:
          'Edit: the event log shows event 30807 from SMBClient, "The connection to the share was lost", about 40 seconds after ' +
          'the lid is closed, not on resume.',
      },
    ],
    comments: [
      { score: '1', text: 'Does it happen on battery only, or also when the laptop is plugged in?', user: 'Baltasar Nwosu', date: 'Oct 17, 2025 at 14:33' },
      { text: 'Both, though it seems to take longer on mains power before the share drops.', user: 'Ingeborg Matsuda', date: 'Oct 18, 2025 at 9:02' },
    ],
  },
  answers: [
    {
      id: 1899761,
      score: '2',
      time: 'Nov 5, 2025 at 7:58',
      user: { name: 'Baltasar Nwosu', rep: '14.9k', badges: [2, 30, 71] },
      blocks: [
        {
          p:
            'The timing in your edit is the clue. In Modern Standby the Wi-Fi adapter stays connected only if the platform allows ' +
            'network connectivity in standby. On many laptops that is off by default on battery and limited on mains, so about 40 ' +
            'seconds after the lid closes the adapter drops, the SMB session times out on the NAS side, and the server closes it.',
        },
        {
          p:
            'When the laptop wakes, the client still believes it has a session. Explorer notices the stale handle and rebuilds the ' +
            'connection when you click the drive, but programs with open files do not get that chance.',
        },
        {
          p:
            'You can check the setting with <code>powercfg /a</code> and the "Network connectivity in Standby" entry in the advanced ' +
            'power options. Enabling it keeps the session alive at some battery cost. The other option is to accept the drop and ' +
            'make your programs close their files before standby.',
        },
      ],
      comments: [],
    },
    {
      id: 1899802,
      score: '0',
      time: 'Nov 5, 2025 at 16:40',
      user: { name: 'Theda Lindgren', rep: '301', badges: [0, 1, 6] },
      blocks: [
        {
          p:
            'Some NAS units also close idle sessions on their own after a few minutes. Look at the SMB settings on the NAS for an ' +
            'idle timeout, often called "Disconnect idle clients", and raise it or switch it off. On ours it was set to five ' +
            'minutes and changing it reduced the problem a lot.',
        },
      ],
      comments: [],
    },
  ],
  blog: ['Reviewing the year in developer surveys', 'What a decade of tags tells us about how people learn'],
  meta: ['Policy: generative AI (e.g., ChatGPT) is banned', 'Changes to how bounties are shown on the front page'],
  related: [
    ['19', 'Mapped drives show red X after wake from sleep'],
    ['4', 'How to keep Wi-Fi connected during Modern Standby'],
    ['2', 'SMB session lost with event 30807'],
  ],
  hot: [
    ['Server Fault', 'Why does my SMB share require a password after a domain change?'],
    ['Cross Validated', 'Is a p-value from a permutation test exact?'],
    ['Academia', 'How many reviewers should a journal find before rejecting?'],
  ],
  after: `<div class="js-bounty-notification"><div class="s-notice s-notice__info question-status bounty mb16" role="status">
<h2>This question has an open <a href="https://superuser.com/help/bounty">bounty</a> worth <span class="bounty-award">+100</span>
reputation from <a href="/users/1203844/ingeborg-matsuda">Ingeborg Matsuda</a> ending in 5 days.</h2>
<p class="mb0">This question has not received enough attention.</p>
<div class="bounty-custom-message mt8"><p>I need an answer that explains why the share drops rather than just a script that reconnects it.</p></div>
</div></div>`,
};
