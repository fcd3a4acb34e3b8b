/**
 * The user-facing text of every error code, Vietnamese first. `{name}` placeholders are filled from
 * the error's parameters. Each message says what went wrong and, where the user can, how to fix it.
 */
export const errorMessages = {
  vi: {
    validation_failed: 'Dữ liệu gửi lên không hợp lệ. Vui lòng sửa các trường được nêu trong chi tiết rồi gửi lại.',
    invalid_json: 'Nội dung gửi lên không phải JSON hợp lệ ({reason}). Vui lòng kiểm tra lại định dạng.',
    invalid_utf8: 'Nội dung gửi lên không phải văn bản UTF-8 hợp lệ. Vui lòng lưu lại với mã hóa UTF-8 rồi gửi lại.',
    unsupported_media_type: 'Kiểu nội dung "{type}" không được hỗ trợ. Vui lòng gửi dữ liệu dạng application/json.',
    payload_too_large: 'Nội dung gửi lên quá lớn (tối đa {limit}). Vui lòng chia nhỏ dữ liệu.',
    unauthenticated: 'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.',
    invalid_credentials: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    account_locked: 'Tài khoản tạm bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau {minutes} phút hoặc liên hệ quản trị viên.',
    account_disabled: 'Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên đơn vị.',
    demo_account_refused: 'Tài khoản trình diễn chỉ dùng được ở chế độ trình diễn (demo).',
    csrf_failed: 'Yêu cầu thiếu mã bảo vệ CSRF hợp lệ. Vui lòng tải lại trang rồi thử lại.',
    forbidden: 'Bạn không có quyền thực hiện thao tác này.',
    out_of_scope: 'Đơn vị {unit} nằm ngoài phạm vi quản lý của bạn.',
    not_found: 'Không tìm thấy {entity} "{id}".',
    unit_not_found: 'Không tìm thấy đơn vị hành chính có mã "{code}". Vui lòng kiểm tra lại mã đơn vị.',
    route_not_found: 'Không có đường dẫn {method} {url}.',
    username_taken: 'Tên đăng nhập "{username}" đã được sử dụng. Vui lòng chọn tên khác.',
    agency_name_taken: 'Đơn vị đã có cơ quan tên "{name}".',
    lead_agency_inactive: 'Cơ quan chủ trì phải đang hoạt động. Hãy chọn cơ quan chủ trì khác trước khi ngừng hoạt động cơ quan này.',
    role_not_assignable: 'Bạn không được cấp vai trò "{role}".',
    weak_password: 'Mật khẩu phải có ít nhất {min} ký tự.',
    plan_not_editable: 'Kế hoạch này đã ban hành nên không sửa được. Hãy tạo phiên bản sửa đổi.',
    plan_not_draft: 'Chỉ kế hoạch dự thảo mới thực hiện được thao tác này.',
    plan_cycle: 'Không thể lấy kế hoạch này làm căn cứ: nó đã dựa (trực tiếp hoặc gián tiếp) trên kế hoạch đang soạn.',
    not_a_child_unit: 'Đơn vị {unit} không thuộc đơn vị ban hành kế hoạch cấp trên.',
    child_plan_exists: 'Đơn vị {unit} đã có kế hoạch lập từ kế hoạch này.',
    cannot_change_self: 'Bạn không thể tự khóa tài khoản hoặc đổi vai trò của chính mình. Hãy nhờ một quản trị viên khác.',
    rate_limited: 'Quá nhiều yêu cầu. Vui lòng thử lại sau {seconds} giây.',
    establishment_unit_not_commune: 'Cơ sở kinh doanh được quản lý ở cấp xã: hãy chọn một xã, phường hoặc đặc khu hiện hành thay vì "{unit}".',
    establishment_duplicate_licence: 'Số giấy phép "{licenceNumber}" đã được ghi cho cơ sở "{name}" ({unit}). Nếu là cùng một cơ sở, hãy sửa hồ sơ đã có; nếu không, vui lòng kiểm tra lại số giấy phép.',
    establishment_duplicate_licence_elsewhere: 'Số giấy phép "{licenceNumber}" đã được ghi cho một cơ sở ở đơn vị ngoài phạm vi quản lý của bạn. Vui lòng kiểm tra lại số giấy phép hoặc liên hệ cơ quan cấp phép.',
    establishment_duplicate_name_address: 'Đã có cơ sở "{name}", địa chỉ "{address}" ({unit}); tên và địa chỉ trùng nhau khi không tính dấu và chữ hoa. Nếu là cùng một cơ sở, hãy sửa hồ sơ đã có thay vì tạo mới.',
    internal: 'Hệ thống gặp lỗi ngoài dự kiến. Thao tác chưa được thực hiện; vui lòng thử lại sau.',
  },
  en: {
    validation_failed: 'The data sent is not valid. Please correct the fields listed in the details and send it again.',
    invalid_json: 'The body is not valid JSON ({reason}). Please check its format.',
    invalid_utf8: 'The body is not valid UTF-8 text. Please save it as UTF-8 and send it again.',
    unsupported_media_type: 'Content type "{type}" is not supported. Please send application/json.',
    payload_too_large: 'The body is too large (at most {limit}). Please split the data.',
    unauthenticated: 'You are not signed in or your session has expired. Please sign in again.',
    invalid_credentials: 'Wrong username or password.',
    account_locked: 'The account is locked after repeated failed sign-ins. Try again in {minutes} minutes or contact an administrator.',
    account_disabled: 'The account is disabled. Please contact your unit administrator.',
    demo_account_refused: 'Demo accounts can only be used in demo mode.',
    csrf_failed: 'The request has no valid CSRF token. Please reload the page and try again.',
    forbidden: 'You do not have permission to do this.',
    out_of_scope: 'Unit {unit} is outside your administrative scope.',
    not_found: '{entity} "{id}" was not found.',
    unit_not_found: 'No administrative unit has code "{code}". Please check the unit code.',
    route_not_found: 'There is no route {method} {url}.',
    username_taken: 'Username "{username}" is already taken. Please choose another.',
    agency_name_taken: 'The unit already has an agency named "{name}".',
    lead_agency_inactive: 'The lead agency must be active. Make another agency the lead before deactivating this one.',
    role_not_assignable: 'You may not grant the role "{role}".',
    weak_password: 'The password must have at least {min} characters.',
    plan_not_editable: 'This plan has been issued and cannot be edited. Create an amending version instead.',
    plan_not_draft: 'Only a draft plan allows this.',
    plan_cycle: 'This plan cannot be a basis: it already rests, directly or not, on the plan being drafted.',
    not_a_child_unit: 'Unit {unit} is not below the unit that issued the parent plan.',
    child_plan_exists: 'Unit {unit} already has a plan made from this plan.',
    cannot_change_self: 'You cannot disable your own account or change your own role. Ask another administrator.',
    rate_limited: 'Too many requests. Please try again in {seconds} seconds.',
    establishment_unit_not_commune: 'Establishments are registered at commune level: choose a current commune, ward or special zone instead of "{unit}".',
    establishment_duplicate_licence: 'Licence number "{licenceNumber}" is already recorded for "{name}" ({unit}). If it is the same establishment, edit that record; otherwise check the licence number.',
    establishment_duplicate_licence_elsewhere: 'Licence number "{licenceNumber}" is already recorded for an establishment of a unit outside your scope. Please check the licence number or ask the licensing authority.',
    establishment_duplicate_name_address: 'There is already "{name}" at "{address}" ({unit}); the names and addresses match when accents and case are ignored. If it is the same establishment, edit that record instead of creating a new one.',
    internal: 'An unexpected error occurred. Nothing was changed; please try again later.',
  },
} as const;

export type Language = keyof typeof errorMessages;
export type ErrorCode = keyof (typeof errorMessages)['vi'];

export function formatErrorMessage(
  language: Language,
  code: ErrorCode,
  params: Record<string, string | number> = {},
): string {
  return errorMessages[language][code].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}
