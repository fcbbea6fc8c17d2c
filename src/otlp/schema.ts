import protobuf from 'protobufjs';

/**
 * The OTLP logs wire format (opentelemetry-proto: common/v1/common.proto, resource/v1/resource.proto,
 * logs/v1/logs.proto, collector/logs/v1/logs_service.proto), with field numbers and types as the
 * specification defines them; comments and language options left out. Embedded as text so the
 * compiled `dist/` needs no copied `.proto` files. Also the few `google.rpc` messages an OTLP server
 * returns in error responses (`Status`, `RetryInfo`).
 */
const COMMON = `
syntax = "proto3";
package opentelemetry.proto.common.v1;
message AnyValue {
  oneof value {
    string string_value = 1;
    bool bool_value = 2;
    int64 int_value = 3;
    double double_value = 4;
    ArrayValue array_value = 5;
    KeyValueList kvlist_value = 6;
    bytes bytes_value = 7;
  }
}
message ArrayValue { repeated AnyValue values = 1; }
message KeyValueList { repeated KeyValue values = 1; }
message KeyValue { string key = 1; AnyValue value = 2; }
message InstrumentationScope {
  string name = 1;
  string version = 2;
  repeated KeyValue attributes = 3;
  uint32 dropped_attributes_count = 4;
}
message EntityRef {
  string schema_url = 1;
  string type = 2;
  repeated string id_keys = 3;
  repeated string description_keys = 4;
}
`;

const RESOURCE = `
syntax = "proto3";
package opentelemetry.proto.resource.v1;
message Resource {
  repeated opentelemetry.proto.common.v1.KeyValue attributes = 1;
  uint32 dropped_attributes_count = 2;
  repeated opentelemetry.proto.common.v1.EntityRef entity_refs = 3;
}
`;

const LOGS = `
syntax = "proto3";
package opentelemetry.proto.logs.v1;
message LogsData { repeated ResourceLogs resource_logs = 1; }
message ResourceLogs {
  reserved 1000;
  opentelemetry.proto.resource.v1.Resource resource = 1;
  repeated ScopeLogs scope_logs = 2;
  string schema_url = 3;
}
message ScopeLogs {
  opentelemetry.proto.common.v1.InstrumentationScope scope = 1;
  repeated LogRecord log_records = 2;
  string schema_url = 3;
}
message LogRecord {
  reserved 4;
  fixed64 time_unix_nano = 1;
  fixed64 observed_time_unix_nano = 11;
  int32 severity_number = 2;
  string severity_text = 3;
  opentelemetry.proto.common.v1.AnyValue body = 5;
  repeated opentelemetry.proto.common.v1.KeyValue attributes = 6;
  uint32 dropped_attributes_count = 7;
  fixed32 flags = 8;
  bytes trace_id = 9;
  bytes span_id = 10;
  string event_name = 12;
}
`;

const SERVICE = `
syntax = "proto3";
package opentelemetry.proto.collector.logs.v1;
service LogsService {
  rpc Export(ExportLogsServiceRequest) returns (ExportLogsServiceResponse) {}
}
message ExportLogsServiceRequest { repeated opentelemetry.proto.logs.v1.ResourceLogs resource_logs = 1; }
message ExportLogsServiceResponse { ExportLogsPartialSuccess partial_success = 1; }
message ExportLogsPartialSuccess {
  int64 rejected_log_records = 1;
  string error_message = 2;
}
`;

// google/rpc/status.proto, google/rpc/error_details.proto (RetryInfo), google/protobuf/any.proto and
// duration.proto: only the fields an OTLP error response uses. Package renamed so the names cannot
// clash with protobufjs' bundled google.protobuf types; the wire format has no names.
const RPC = `
syntax = "proto3";
package auditmask.rpc;
message Status {
  int32 code = 1;
  string message = 2;
  repeated Any details = 3;
}
message Any { string type_url = 1; bytes value = 2; }
message RetryInfo { Duration retry_delay = 1; }
message Duration { int64 seconds = 1; int32 nanos = 2; }
`;

// SeverityNumber is an enum in logs.proto; declared int32 above, which has the same wire encoding
// (varint) and keeps unknown values as they are instead of mapping them to names.

let root: protobuf.Root | undefined;

function otlpRoot(): protobuf.Root {
  if (root === undefined) {
    const r = new protobuf.Root();
    for (const text of [COMMON, RESOURCE, LOGS, SERVICE, RPC]) protobuf.parse(text, r, { keepCase: false });
    r.resolveAll();
    root = r;
  }
  return root;
}

export interface OtlpTypes {
  ExportLogsServiceRequest: protobuf.Type;
  ExportLogsServiceResponse: protobuf.Type;
  Status: protobuf.Type;
  RetryInfo: protobuf.Type;
}

let types: OtlpTypes | undefined;

/** The protobufjs types, built once per thread. */
export function otlpTypes(): OtlpTypes {
  if (types === undefined) {
    const r = otlpRoot();
    types = {
      ExportLogsServiceRequest: r.lookupType('opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest'),
      ExportLogsServiceResponse: r.lookupType('opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse'),
      Status: r.lookupType('auditmask.rpc.Status'),
      RetryInfo: r.lookupType('auditmask.rpc.RetryInfo'),
    };
  }
  return types;
}

/** The gRPC method path of the logs service. */
export const LOGS_EXPORT_PATH = '/opentelemetry.proto.collector.logs.v1.LogsService/Export';
export const RETRY_INFO_TYPE_URL = 'type.googleapis.com/google.rpc.RetryInfo';
