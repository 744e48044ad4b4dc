/** Receives one-line progress messages from long work (the CLI prints them on stderr). */
export type Progress = (message: string) => void;

export const silent: Progress = () => {};

export const toStderr: Progress = (message) => {
  process.stderr.write(`${message}\n`);
};
