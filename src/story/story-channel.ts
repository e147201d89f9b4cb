/** Messages between the presentation and the presenter window (same origin). */
type StoryMessage = { type: 'scene'; scene: number } | { type: 'hello' } | { type: 'end' };

const CHANNEL = 'clusteratlas-story';

/** A BroadcastChannel wrapper; a browser without it simply has no presenter sync. */
export function openStoryChannel(onMessage: (m: StoryMessage) => void): { post: (m: StoryMessage) => void; close: () => void } {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent<StoryMessage>) => onMessage(e.data);
  return { post: (m) => channel.postMessage(m), close: () => channel.close() };
}
