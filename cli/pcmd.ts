import { rm } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { sql } from 'kysely';
import { roles, type Role } from '../core/auth/roles.ts';
import { readConfig } from '../server/config.ts';
import { openConfiguredDatabase, prepareDatabase } from '../server/setup.ts';
import { ensureDemoAccounts } from '../server/demo/demo-accounts.ts';
import { ensureDemoPlans } from '../server/demo/demo-plans.ts';
import { createUserAsSystem } from '../server/services/users/user-service.ts';
import { MIN_PASSWORD_LENGTH, userCreate } from '../core/api/users.ts';
import { AppError } from '../core/errors/app-error.ts';
import { formatErrorMessage } from '../core/errors/messages.ts';
import { pickLanguage } from '../core/errors/validation-issues.ts';
import { toFieldIssues } from '../core/errors/validation-issues.ts';
import { readPassword } from './read-password.ts';
import { startServer } from './serve.ts';
import { createMailerFromEnv } from '../server/services/reports/mailer.ts';
import { sendDueReminders } from '../server/services/reports/reminder-service.ts';

const program = new Command()
  .name('pcmd')
  .description('PCMD — hệ thống thông tin phòng, chống mại dâm');

program
  .command('serve')
  .description('Chạy máy chủ và giao diện web (PORT, HOST, DATABASE_URL, PCMD_DATA_DIR)')
  .option('--demo', 'chế độ trình diễn: tạo và cho phép các tài khoản demo', false)
  .action(async (options: { demo: boolean }) => {
    const started = performance.now();
    const server = await startServer({ demo: options.demo, logRequests: process.env.PCMD_LOG_REQUESTS === '1' });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`PCMD đang chạy tại ${server.url} (${server.database.kind}${options.demo ? ', demo' : ''}) sau ${seconds} giây.`);
    if (options.demo) console.log('Đăng nhập demo: admin / pcmd-demo (xem README để biết các tài khoản khác).');
    let stopping = false;
    const stop = async () => {
      if (stopping) return;
      stopping = true;
      await server.stop();
      process.exit(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });

program
  .command('migrate')
  .description('Cập nhật cấu trúc cơ sở dữ liệu và dữ liệu danh mục (đơn vị hành chính, cơ quan)')
  .action(async () => {
    const database = await openConfiguredDatabase(readConfig());
    try {
      await prepareDatabase(database, console.log);
      console.log('Cơ sở dữ liệu đã được cập nhật.');
    } finally {
      await database.close();
    }
  });

const users = program.command('users').description('Quản lý tài khoản');
users
  .command('create')
  .description('Tạo tài khoản (ví dụ quản trị viên đầu tiên). Mật khẩu được hỏi ở dấu nhắc hoặc đọc từ stdin.')
  .requiredOption('--username <username>', 'tên đăng nhập')
  .requiredOption('--display-name <name>', 'họ tên hiển thị')
  .addOption(new Option('--role <role>', 'vai trò').choices(roles as unknown as string[]).default('system_admin'))
  .option('--unit <code>', 'mã đơn vị hành chính (bắt buộc trừ quản trị hệ thống)')
  .action(async (options: { username: string; displayName: string; role: Role; unit?: string }) => {
    const password = await readPassword();
    const parsed = userCreate.safeParse(
      { username: options.username, displayName: options.displayName, password, role: options.role, unitId: options.unit ?? null },
      { reportInput: true },
    );
    if (!parsed.success) {
      for (const issue of toFieldIssues('vi', parsed.error.issues)) console.error(`Lỗi ở ${issue.field}: ${issue.message}`);
      console.error(`Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`);
      process.exitCode = 2;
      return;
    }
    const database = await openConfiguredDatabase(readConfig());
    try {
      await prepareDatabase(database, console.log);
      const user = await createUserAsSystem(database, parsed.data, 'cli');
      console.log(`Đã tạo tài khoản ${user.username} (${user.role}).`);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      console.error(formatErrorMessage('vi', error.code, error.params));
      for (const detail of error.details) console.error(`  ${detail.field}: ${pickLanguage('vi', detail.message)}`);
      process.exitCode = 2;
    } finally {
      await database.close();
    }
  });

program
  .command('reports')
  .description('Báo cáo định kỳ')
  .command('remind')
  .description('Gửi ngay thư nhắc hạn báo cáo qua e-mail (SMTP_URL, SMTP_FROM); không gửi lại thư đã gửi trong ngày')
  .action(async () => {
    const mailer = createMailerFromEnv();
    if (!mailer) {
      console.error('Chưa cấu hình máy chủ thư: đặt SMTP_URL (ví dụ smtp://user:pass@mail.example.vn:587) và SMTP_FROM.');
      process.exitCode = 2;
      return;
    }
    const database = await openConfiguredDatabase(readConfig());
    try {
      await prepareDatabase(database, console.log);
      const result = await sendDueReminders(database, mailer, undefined, { log: console.error });
      console.log(`Thư nhắc báo cáo: ${result.due} việc nhắc đến hạn; đã gửi ${result.sent} thư, ${result.alreadySent} thư đã gửi trước đó trong ngày, ${result.failed} thư lỗi, ${result.withoutRecipient} việc nhắc không có người nhận có e-mail.`);
      if (result.failed > 0) process.exitCode = 1;
    } finally {
      mailer.close();
      await database.close();
    }
  });

program
  .command('demo')
  .description('Dữ liệu trình diễn')
  .command('reset')
  .description('Xóa toàn bộ dữ liệu và tạo lại dữ liệu demo')
  .option('--yes', 'xác nhận xóa (bắt buộc với DATABASE_URL)', false)
  .action(async (options: { yes: boolean }) => {
    const config = readConfig();
    if (config.databaseUrl) {
      if (!options.yes) {
        console.error('Lệnh này xóa toàn bộ dữ liệu trong DATABASE_URL. Chạy lại với --yes để xác nhận.');
        process.exitCode = 2;
        return;
      }
      const database = await openConfiguredDatabase(config);
      await sql`drop schema public cascade; create schema public`.execute(database.db);
      await database.close();
    } else {
      await rm(config.dataDir, { recursive: true, force: true });
    }
    const database = await openConfiguredDatabase(config);
    try {
      await prepareDatabase(database, console.log);
      await ensureDemoAccounts(database, console.log);
      await ensureDemoPlans(database, console.log);
      console.log('Đã tạo lại dữ liệu demo.');
    } finally {
      await database.close();
    }
  });

await program.parseAsync(process.argv);
