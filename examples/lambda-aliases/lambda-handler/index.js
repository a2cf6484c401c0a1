exports.handler = async () => "hello from the live alias";
