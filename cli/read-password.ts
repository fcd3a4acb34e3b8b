import { createInterface } from 'node:readline';

/** Reads a password without echoing it on a terminal, or the first line of piped stdin. */
export async function readPassword(prompt = 'Mật khẩu: '): Promise<string> {
  if (!process.stdin.isTTY) {
    const lines = createInterface({ input: process.stdin });
    for await (const line of lines) {
      lines.close();
      return line;
    }
    return '';
  }
  const first = await promptHidden(prompt);
  const second = await promptHidden('Nhập lại mật khẩu: ');
  if (first !== second) throw new Error('Hai lần nhập mật khẩu không khớp.');
  return first;
}

function promptHidden(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const output = process.stdout;
    const rl = createInterface({ input: process.stdin, output, terminal: true });
    const write = output.write.bind(output);
    output.write(prompt);
    // Swallow the echo of typed characters while the prompt is open.
    (output as unknown as { write: (chunk: string) => boolean }).write = (chunk: string) =>
      chunk.includes('\n') ? write('\n') : true;
    rl.question('', (answer) => {
      (output as unknown as { write: typeof write }).write = write;
      rl.close();
      resolve(answer);
    });
  });
}
