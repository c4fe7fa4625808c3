import { DatePicker } from 'antd';
import type { DatePickerProps } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';

/** A deadline on the API's wire: ISO-8601 with this browser's offset. */
export const toZoned = (value: Dayjs): string => value.format('YYYY-MM-DDTHH:mm:ssZ');

const END_OF_WORKING_DAY = dayjs().hour(18).minute(0).second(0);

/** A date and time in the future; the time defaults to 18:00, the end of a working day. */
export function DeadlinePicker(props: DatePickerProps) {
  return (
    <DatePicker
      {...props}
      showTime={{ format: 'HH:mm', defaultValue: END_OF_WORKING_DAY }}
      format="YYYY-MM-DD HH:mm"
      disabledDate={(day) => day.isBefore(dayjs(), 'day')}
      style={{ width: 220 }}
    />
  );
}
